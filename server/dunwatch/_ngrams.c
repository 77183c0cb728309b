/* The message model's n-gram sum in C (textmodel.py, issue 14).
 *
 * Table(grams, weights, low, high): the weights of one head, keyed by n-gram.
 * Table.score(text) -> (sum, count): over the distinct character n-grams of `text` with whitespace
 * removed (str.split()'s whitespace), for n in low..high, `count` of them and the `sum` of the
 * weights of those the table holds. The same figures textmodel.ngrams() and a dict sum give; the
 * distinct n-grams are summed in the order they first occur (n = low first), where a Python set
 * of strings went in hash order, different in every process.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <string.h>

#define MAX_N 4

typedef struct {
    uint32_t cp[MAX_N];
    uint32_t n;       /* 0: empty slot */
    double weight;
} Entry;

typedef struct {
    PyObject_HEAD
    Entry *slots;
    size_t mask;      /* capacity - 1, capacity a power of two */
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
    Py_TYPE(self)->tp_free((PyObject *)self);
}

static int Table_init(Table *self, PyObject *args, PyObject *kwds) {
    PyObject *grams, *weights;
    int low, high;
    if (!PyArg_ParseTuple(args, "OOii", &grams, &weights, &low, &high)) return -1;
    if (low < 1 || high > MAX_N || low > high) {
        PyErr_SetString(PyExc_ValueError, "n-gram sizes must satisfy 1 <= low <= high <= 4");
        return -1;
    }
    PyObject *gseq = PySequence_Fast(grams, "grams must be a sequence");
    if (!gseq) return -1;
    PyObject *wseq = PySequence_Fast(weights, "weights must be a sequence");
    if (!wseq) { Py_DECREF(gseq); return -1; }
    Py_ssize_t count = PySequence_Fast_GET_SIZE(gseq);
    if (PySequence_Fast_GET_SIZE(wseq) != count) {
        PyErr_SetString(PyExc_ValueError, "grams and weights differ in length");
        goto fail;
    }
    PyMem_Free(self->slots);
    size_t cap = capacity_for((size_t)count);
    self->slots = PyMem_Calloc(cap, sizeof(Entry));
    if (!self->slots) { PyErr_NoMemory(); goto fail; }
    self->mask = cap - 1;
    self->low = low;
    self->high = high;
    for (Py_ssize_t k = 0; k < count; k++) {
        PyObject *g = PySequence_Fast_GET_ITEM(gseq, k);
        if (!PyUnicode_Check(g)) { PyErr_SetString(PyExc_TypeError, "an n-gram is not a str"); goto fail; }
        Py_ssize_t n = PyUnicode_GET_LENGTH(g);
        double w = PyFloat_AsDouble(PySequence_Fast_GET_ITEM(wseq, k));
        if (w == -1.0 && PyErr_Occurred()) goto fail;
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
        e->weight = w;   /* a repeated key keeps the last weight, as a dict would */
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

static PyObject *Table_score(Table *self, PyObject *text) {
    if (!PyUnicode_Check(text)) { PyErr_SetString(PyExc_TypeError, "text must be a str"); return NULL; }
    if (!self->slots) { PyErr_SetString(PyExc_RuntimeError, "table not initialised"); return NULL; }
    Py_ssize_t length = PyUnicode_GET_LENGTH(text);
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    uint32_t *chars = PyMem_Malloc((length ? length : 1) * sizeof(uint32_t));
    if (!chars) return PyErr_NoMemory();
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
    if (!seen) { PyMem_Free(chars); return PyErr_NoMemory(); }
    double sum = 0.0;
    Py_ssize_t count = 0;
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
            count++;
            size_t t = h & self->mask;
            while (self->slots[t].n) {
                if (same(&self->slots[t], cp, (uint32_t)n)) { sum += self->slots[t].weight; break; }
                t = (t + 1) & self->mask;
            }
        }
    }
    PyMem_Free(seen);
    PyMem_Free(chars);
    return Py_BuildValue("(dn)", sum, count);
}

static PyMethodDef Table_methods[] = {
    {"score", (PyCFunction)Table_score, METH_O,
     "score(text) -> (sum of the known n-grams' weights, number of distinct n-grams)"},
    {NULL, NULL, 0, NULL}
};

static PyTypeObject TableType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "dunwatch._ngrams.Table",
    .tp_basicsize = sizeof(Table),
    .tp_dealloc = (destructor)Table_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "Table(grams, weights, low, high): one head's weights by character n-gram",
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
