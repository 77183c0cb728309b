/* The message model's n-gram sum in C (textmodel.py, issue 14).
 *
 * Table(grams, weights, low, high, columns=1): a row of `columns` weights (one per head) for each
 * n-gram, `weights` flat and row after row (grams[k]'s row is weights[k*columns:(k+1)*columns]).
 * Table.score(text, column=0) -> (sum, count): over the distinct character n-grams of `text` with
 * whitespace removed (str.split()'s whitespace), for n in low..high, `count` of them and the `sum`
 * of the column's weights of those the table holds.
 * Table.scores(text) -> (sums, count): the same with a tuple of every column's sum.
 * The same figures textmodel.ngrams() and a dict sum give; the distinct n-grams are summed in the
 * order they first occur (n = low first), where a Python set of strings went in hash order,
 * different in every process. An n-gram a column has no weight for adds 0.0, which leaves a sum
 * as it was (bit for bit: a sum that starts at +0.0 is never -0.0).
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <string.h>

#define MAX_N 4

typedef struct {
    uint32_t cp[MAX_N];
    uint32_t n;       /* 0: empty slot */
    uint32_t row;     /* the n-gram's row in `rows` */
    double weight;    /* column 0 (the message head, asked of every message), kept beside the key */
} Entry;

typedef struct {
    PyObject_HEAD
    Entry *slots;
    size_t mask;      /* capacity - 1, capacity a power of two */
    double *rows;     /* `columns` weights per n-gram, row after row */
    Py_ssize_t columns;
    int low, high;
} Table;

static uint64_t hash_gram(const uint32_t *cp, uint32_t n) {
    uint64_t h = 0x9E3779B97F4A7C15ULL ^ n;
    for (uint32_t i = 0; i < n; i++) {
        h ^= cp[i];
        h *= 0xFF51AFD7ED558CCDULL;
        h ^= h >> 32;
    }
    return h;
}

static int same(const Entry *e, const uint32_t *cp, uint32_t n) {
    if (e->n != n) return 0;
    for (uint32_t i = 0; i < n; i++)
        if (e->cp[i] != cp[i]) return 0;
    return 1;
}

static size_t capacity_for(size_t count) {
    size_t cap = 16;
    while (cap < 2 * count + 2) cap <<= 1;
    return cap;
}

static void Table_dealloc(Table *self) {
    PyMem_Free(self->slots);
    PyMem_Free(self->rows);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

static int Table_init(Table *self, PyObject *args, PyObject *kwds) {
    PyObject *grams, *weights;
    int low, high;
    Py_ssize_t columns = 1;
    if (!PyArg_ParseTuple(args, "OOii|n", &grams, &weights, &low, &high, &columns)) return -1;
    if (low < 1 || high > MAX_N || low > high) {
        PyErr_SetString(PyExc_ValueError, "n-gram sizes must satisfy 1 <= low <= high <= 4");
        return -1;
    }
    if (columns < 1 || columns > 1024) {
        PyErr_SetString(PyExc_ValueError, "columns must be from 1 to 1024");
        return -1;
    }
    PyObject *gseq = PySequence_Fast(grams, "grams must be a sequence");
    if (!gseq) return -1;
    PyObject *wseq = PySequence_Fast(weights, "weights must be a sequence");
    if (!wseq) { Py_DECREF(gseq); return -1; }
    Py_ssize_t count = PySequence_Fast_GET_SIZE(gseq);
    if (count > (Py_ssize_t)UINT32_MAX || PySequence_Fast_GET_SIZE(wseq) / columns != count
            || PySequence_Fast_GET_SIZE(wseq) % columns) {
        PyErr_SetString(PyExc_ValueError, "weights must hold `columns` numbers per n-gram");
        goto fail;
    }
    PyMem_Free(self->slots);
    PyMem_Free(self->rows);
    self->slots = NULL;
    self->rows = NULL;
    size_t cap = capacity_for((size_t)count);
    self->slots = PyMem_Calloc(cap, sizeof(Entry));
    self->rows = PyMem_Malloc((count ? count : 1) * columns * sizeof(double));
    if (!self->slots || !self->rows) {
        PyMem_Free(self->slots);
        PyMem_Free(self->rows);
        self->slots = NULL;
        self->rows = NULL;
        PyErr_NoMemory();
        goto fail;
    }
    self->mask = cap - 1;
    self->columns = columns;
    self->low = low;
    self->high = high;
    for (Py_ssize_t k = 0; k < count; k++) {
        PyObject *g = PySequence_Fast_GET_ITEM(gseq, k);
        if (!PyUnicode_Check(g)) { PyErr_SetString(PyExc_TypeError, "an n-gram is not a str"); goto fail; }
        Py_ssize_t n = PyUnicode_GET_LENGTH(g);
        double *row = self->rows + k * columns;
        for (Py_ssize_t c = 0; c < columns; c++) {
            row[c] = PyFloat_AsDouble(PySequence_Fast_GET_ITEM(wseq, k * columns + c));
            if (row[c] == -1.0 && PyErr_Occurred()) goto fail;
        }
        if (n < 1 || n > MAX_N) continue;  /* never an n-gram of a message: it cannot count */
        uint32_t cp[MAX_N];
        int kind = PyUnicode_KIND(g);
        const void *data = PyUnicode_DATA(g);
        for (Py_ssize_t i = 0; i < n; i++) cp[i] = PyUnicode_READ(kind, data, i);
        size_t at = hash_gram(cp, (uint32_t)n) & self->mask;
        while (self->slots[at].n && !same(&self->slots[at], cp, (uint32_t)n)) at = (at + 1) & self->mask;
        Entry *e = &self->slots[at];
        memcpy(e->cp, cp, sizeof(cp));
        e->n = (uint32_t)n;
        e->row = (uint32_t)k;   /* a repeated key keeps its last row, as a dict would */
        e->weight = row[0];
    }
    Py_DECREF(gseq);
    Py_DECREF(wseq);
    return 0;
fail:
    Py_DECREF(gseq);
    Py_DECREF(wseq);
    return -1;
}

typedef struct { uint32_t cp[MAX_N]; uint32_t n; } Seen;

/* The entries of the distinct n-grams of `text` that the table holds, in the order the n-grams
 * first occur, into *hits (PyMem_Free it); *count: the number of distinct n-grams, held or not.
 * -1 with an exception set on failure. */
static Py_ssize_t walk(Table *self, PyObject *text, const Entry ***hits, Py_ssize_t *count) {
    if (!PyUnicode_Check(text)) { PyErr_SetString(PyExc_TypeError, "text must be a str"); return -1; }
    if (!self->slots) { PyErr_SetString(PyExc_RuntimeError, "table not initialised"); return -1; }
    Py_ssize_t length = PyUnicode_GET_LENGTH(text);
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    uint32_t *chars = PyMem_Malloc((length ? length : 1) * sizeof(uint32_t));
    if (!chars) { PyErr_NoMemory(); return -1; }
    Py_ssize_t L = 0;
    for (Py_ssize_t i = 0; i < length; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        if (!Py_UNICODE_ISSPACE(c)) chars[L++] = (uint32_t)c;
    }
    size_t grams = 0;
    for (int n = self->low; n <= self->high; n++)
        if (L >= n) grams += (size_t)(L - n + 1);
    size_t cap = capacity_for(grams), mask = cap - 1;
    Seen *seen = PyMem_Calloc(cap, sizeof(Seen));
    const Entry **out = PyMem_Malloc((grams ? grams : 1) * sizeof(Entry *));
    if (!seen || !out) { PyMem_Free(seen); PyMem_Free(out); PyMem_Free(chars); PyErr_NoMemory(); return -1; }
    Py_ssize_t found = 0, distinct = 0;
    for (int n = self->low; n <= self->high; n++) {
        for (Py_ssize_t i = 0; i + n <= L; i++) {
            const uint32_t *cp = chars + i;
            uint64_t h = hash_gram(cp, (uint32_t)n);
            size_t at = h & mask;
            int fresh = 1;
            while (seen[at].n) {
                if (seen[at].n == (uint32_t)n && memcmp(seen[at].cp, cp, n * sizeof(uint32_t)) == 0) { fresh = 0; break; }
                at = (at + 1) & mask;
            }
            if (!fresh) continue;
            memcpy(seen[at].cp, cp, n * sizeof(uint32_t));
            seen[at].n = (uint32_t)n;
            distinct++;
            size_t t = h & self->mask;
            while (self->slots[t].n) {
                if (same(&self->slots[t], cp, (uint32_t)n)) { out[found++] = &self->slots[t]; break; }
                t = (t + 1) & self->mask;
            }
        }
    }
    PyMem_Free(seen);
    PyMem_Free(chars);
    *hits = out;
    *count = distinct;
    return found;
}

static PyObject *Table_score(Table *self, PyObject *const *args, Py_ssize_t nargs) {
    if (nargs < 1 || nargs > 2) { PyErr_SetString(PyExc_TypeError, "score(text, column=0)"); return NULL; }
    Py_ssize_t column = 0;
    if (nargs == 2) {
        column = PyLong_AsSsize_t(args[1]);
        if (column == -1 && PyErr_Occurred()) return NULL;
        if (column < 0 || column >= self->columns) { PyErr_SetString(PyExc_IndexError, "no such column"); return NULL; }
    }
    const Entry **hits;
    Py_ssize_t count, found = walk(self, args[0], &hits, &count);
    if (found < 0) return NULL;
    double sum = 0.0;
    if (column == 0)
        for (Py_ssize_t k = 0; k < found; k++) sum += hits[k]->weight;
    else
        for (Py_ssize_t k = 0; k < found; k++) sum += self->rows[(size_t)hits[k]->row * self->columns + column];
    PyMem_Free(hits);
    return Py_BuildValue("(dn)", sum, count);
}

#define STACK_COLUMNS 64

static PyObject *Table_scores(Table *self, PyObject *text) {
    const Entry **hits;
    Py_ssize_t count, found = walk(self, text, &hits, &count);
    if (found < 0) return NULL;
    Py_ssize_t columns = self->columns;
    double local[STACK_COLUMNS];
    double *sums = columns <= STACK_COLUMNS ? local : PyMem_Malloc(columns * sizeof(double));
    if (!sums) { PyMem_Free(hits); return PyErr_NoMemory(); }
    for (Py_ssize_t c = 0; c < columns; c++) sums[c] = 0.0;
    for (Py_ssize_t k = 0; k < found; k++) {
        const double *row = self->rows + (size_t)hits[k]->row * columns;
        for (Py_ssize_t c = 0; c < columns; c++) sums[c] += row[c];
    }
    PyMem_Free(hits);
    PyObject *tuple = PyTuple_New(columns), *result = NULL;
    if (tuple) {
        for (Py_ssize_t c = 0; c < columns; c++) {
            PyObject *f = PyFloat_FromDouble(sums[c]);
            if (!f) { Py_CLEAR(tuple); break; }
            PyTuple_SET_ITEM(tuple, c, f);
        }
    }
    if (sums != local) PyMem_Free(sums);
    if (tuple) {
        result = Py_BuildValue("(Nn)", tuple, count);
    }
    return result;
}

static PyMethodDef Table_methods[] = {
    {"score", (PyCFunction)(void (*)(void))Table_score, METH_FASTCALL,
     "score(text, column=0) -> (sum of the column's weights of the known n-grams, number of distinct n-grams)"},
    {"scores", (PyCFunction)Table_scores, METH_O,
     "scores(text) -> (tuple of every column's sum, number of distinct n-grams)"},
    {NULL, NULL, 0, NULL}
};

static PyTypeObject TableType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "dunwatch._ngrams.Table",
    .tp_basicsize = sizeof(Table),
    .tp_dealloc = (destructor)Table_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "Table(grams, weights, low, high, columns=1): a row of weights (one per head) by character n-gram",
    .tp_methods = Table_methods,
    .tp_init = (initproc)Table_init,
    .tp_new = PyType_GenericNew,
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_ngrams", "The message model's n-gram sums (textmodel.py).", -1, NULL,
};

PyMODINIT_FUNC PyInit__ngrams(void) {
    if (PyType_Ready(&TableType) < 0) return NULL;
    PyObject *m = PyModule_Create(&module);
    if (!m) return NULL;
    Py_INCREF(&TableType);
    if (PyModule_AddObject(m, "Table", (PyObject *)&TableType) < 0) {
        Py_DECREF(&TableType);
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
