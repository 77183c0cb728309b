"""Build real-format message archives for the scan tests: what the apps themselves write."""
from __future__ import annotations

import base64
import json
import sqlite3
from datetime import datetime, timedelta, timezone

# (sender, local time in Asia/Shanghai (UTC+8, no DST), direction, text). The texts are the golden
# messages; which ones are flagged is asked of `dunwatch check` in the tests, never written here.
SMS = [
    ("10690001", "2026-03-02 23:40", "in", "法务部王主任：律師函已發出，限你今天還款，否則通知你家人和單位"),
    ("10690001", "2026-03-02 23:41", "out", "我会尽快还款"),
    ("10690001", "2026-03-03 07:30", "in", "诉讼材料已提交法院，72小时后你将收到传票，成为失信被执行人 😡"),
    ("10690001", "2026-03-03 12:00", "in", "今天必须转钱到这个私人账户，否则将冻结您所有银行卡"),
    ("+8613800138000", "2026-03-03 21:59", "in", "不還錢就找你父母，讓你在小區裡抬不起頭 👊🏻"),
    ("+8613800138000", "2026-03-04 22:00", "in", "已移交公安机关，将依法采取强制措施，涉嫌贷款诈骗"),
    ("95588", "2026-03-04 09:00", "in", "您的信用卡本期账单已出，应还金额1,234.00元，最低还款额123.40元，请于12月15日前还款"),
    ("13900000000", "2026-03-05 02:10", "in", "妈妈说今天下午回家吃饭，记得买菜 😀"),
    ("13900000000", "2026-03-05 08:00", "in", "您朋友张某的贷款已逾期，请尽快联系他还款"),
]
MMS_TEXT = "欠款逾期，请在24小时内处理，这是最后通牒"
MMS = ("10690002", "2026-03-05 23:15", MMS_TEXT)
MAILS = [
    ("collector@example.cn", "2026-03-06 06:30", "还款通知", "您因贷款长期逾期，已被正式立案，即将移交法院执行，请立即还款以免影响征信及人身自由。朱镕基"),
    ("notice@example.cn", "2026-03-06 14:00", "最后通知", "现已进入诉前调解程序，请五日内拨打调解热线，避免法院起诉及财产冻结"),
    ("friend@example.com", "2026-03-07 10:00", "周末", "快递员将于今天下午上门取件，请保持电话畅通"),
]


def utc(local: str) -> datetime:
    """Shanghai wall time -> aware UTC datetime (UTC+8 all year)."""
    return datetime.strptime(local, "%Y-%m-%d %H:%M").replace(tzinfo=timezone.utc) - timedelta(hours=8)


def epoch_ms(local: str) -> int:
    return int(utc(local).timestamp() * 1000)


def xml_attr(text: str) -> str:
    """Escape like SMS Backup & Restore: one reference per UTF-16 code unit beyond the BMP."""
    out = []
    for ch in text:
        code = ord(ch)
        if code > 0xFFFF:
            units = ch.encode("utf-16-be")
            out.append("&#%d;&#%d;" % (int.from_bytes(units[:2], "big"), int.from_bytes(units[2:], "big")))
        else:
            out.append({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\n": "&#10;"}.get(ch, ch))
    return "".join(out)


def sms_element(sender, local, direction, text) -> str:
    kind = "1" if direction == "in" else "2"
    return (f'  <sms protocol="0" address="{sender}" date="{epoch_ms(local)}" type="{kind}" subject="null" '
            f'body="{xml_attr(text)}" toa="null" sc_toa="null" service_center="null" read="1" status="-1" '
            f'locked="0" date_sent="0" sub_id="1" readable_date="{local}" contact_name="(Unknown)" />\n')


def mms_element(sender, local, text) -> str:
    return (f'  <mms date="{epoch_ms(local)}" ct_t="application/vnd.wap.multipart.related" msg_box="1" '
            f'address="{sender}" m_type="132" read="1" sub_id="1" text_only="1">\n    <parts>\n'
            '      <part seq="-1" ct="application/smil" name="null" chset="null" cd="null" fn="null" '
            'cid="&lt;smil&gt;" cl="smil.xml" text="&lt;smil&gt;&lt;body&gt;&lt;/body&gt;&lt;/smil&gt;" />\n'
            f'      <part seq="0" ct="text/plain" name="null" chset="106" cd="null" fn="null" cid="&lt;text_0&gt;" '
            f'cl="text_0.txt" text="{xml_attr(text)}" />\n    </parts>\n    <addrs>\n'
            f'      <addr address="{sender}" type="137" charset="106" />\n'
            '      <addr address="+8613700000000" type="151" charset="106" />\n    </addrs>\n  </mms>\n')


def sms_backup(path, sms=SMS, mms=MMS, filler: int = 0) -> None:
    """Write an SMS Backup & Restore file: the given messages, then `filler` ordinary ones."""
    count = len(sms) + 1 + filler
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n"
                 "<!--File Created By SMS Backup & Restore v10.20.002 on 06/03/2026 10:00:00-->\n"
                 '<?xml-stylesheet type="text/xsl" href="sms.xsl"?>\n'
                 f'<smses count="{count}" backup_set="7b0c" backup_date="{epoch_ms("2026-03-08 10:00")}" type="full">\n')
        for row in sms:
            fh.write(sms_element(*row))
        fh.write(mms_element(*mms))
        for n in range(filler):
            fh.write(sms_element("1380000%04d" % (n % 9999), "2026-02-01 12:00", "in", f"晚上一起吃饭吗？第{n}次 😀"))
        fh.write("</smses>\n")


def ios_db(path, sms=SMS) -> None:
    """Write an iOS sms.db: handle and message tables, dates in nanoseconds since 2001-01-01."""
    apple = datetime(2001, 1, 1, tzinfo=timezone.utc)
    db = sqlite3.connect(path)
    db.executescript("""
        CREATE TABLE handle (ROWID INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL, service TEXT);
        CREATE TABLE message (ROWID INTEGER PRIMARY KEY AUTOINCREMENT, guid TEXT, text TEXT,
            attributedBody BLOB, handle_id INTEGER DEFAULT 0, service TEXT, date INTEGER,
            date_read INTEGER, is_from_me INTEGER DEFAULT 0, cache_has_attachments INTEGER DEFAULT 0);""")
    handles = {}
    for n, (sender, local, direction, text) in enumerate(sms):
        if sender not in handles:
            handles[sender] = db.execute("INSERT INTO handle (id, service) VALUES (?, 'SMS')", (sender,)).lastrowid
        ns = int((utc(local) - apple).total_seconds()) * 1_000_000_000
        # iOS 16+ leaves `text` NULL and keeps the words in attributedBody: do that for every third row.
        blob = attributed_body(text) if n % 3 == 2 else None
        db.execute("INSERT INTO message (guid, text, attributedBody, handle_id, service, date, is_from_me) "
                   "VALUES (?, ?, ?, ?, 'SMS', ?, ?)",
                   (f"G{n}", None if blob else text, blob, handles[sender], ns, int(direction == "out")))
    db.commit()
    db.close()


def attributed_body(text: str) -> bytes:
    """An NSAttributedString typedstream holding `text` (the layout iOS writes)."""
    data = text.encode("utf-8")
    length = bytes([len(data)]) if len(data) < 0x80 else b"\x81" + len(data).to_bytes(2, "little")
    return (b"\x04\x0bstreamtyped\x81\xe8\x03\x84\x01@\x84\x84\x84\x12NSAttributedString\x00\x84\x84\x08"
            b"NSObject\x00\x85\x92\x84\x84\x84\x08NSString\x01\x94\x84\x01+" + length + data + b"\x86\x84\x02iI\x01")


def _date(local: str) -> str:
    return utc(local).astimezone(timezone(timedelta(hours=8))).strftime("%a, %d %b %Y %H:%M:%S +0800")


def gb_mail(sender, local, subject, body) -> bytes:
    """A mail labelled gb2312 whose body holds a character only GBK/GB18030 have (镕)."""
    encoded = base64.encodebytes(body.encode("gb18030")).decode("ascii")
    subj = "=?gb2312?B?" + base64.b64encode(subject.encode("gb18030")).decode("ascii") + "?="
    return (f"From: =?gb2312?B?{base64.b64encode('催收部'.encode('gb2312')).decode()}?= <{sender}>\n"
            f"To: me@example.com\nSubject: {subj}\nDate: {_date(local)}\nMIME-Version: 1.0\n"
            'Content-Type: text/plain; charset="gb2312"\nContent-Transfer-Encoding: base64\n\n'
            f"{encoded}\n").encode("ascii")


def html_mail(sender, local, subject, body) -> bytes:
    """An HTML-only mail in UTF-8, quoted-printable, with a style block that must not reach the text."""
    import quopri

    html = (f"<html><head><style>p {{ color: red }}</style></head><body><div><p>{body[:12]}</p>"
            f"<p>{body[12:]}</p></div></body></html>")
    qp = quopri.encodestring(html.encode("utf-8")).decode("ascii")
    subject = "=?utf-8?B?" + base64.b64encode(subject.encode("utf-8")).decode("ascii") + "?="
    return (f"From: {sender}\nTo: me@example.com\nSubject: {subject}\nDate: {_date(local)}\nMIME-Version: 1.0\n"
            "Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
            f"{qp}\n").encode("ascii")


def mail(n, row) -> bytes:
    return gb_mail(*row) if n == 0 else html_mail(*row)


def mbox(path, mails=MAILS) -> None:
    with open(path, "wb") as fh:
        for n, row in enumerate(mails):
            fh.write(f"From {row[0]} Thu Mar  5 10:00:00 2026\n".encode("ascii") + mail(n, row) + b"\n")


def csv_file(path, sms=SMS) -> None:
    import csv

    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["sender", "time", "text", "direction"])
        for sender, local, direction, text in sms:
            writer.writerow([sender, local.replace(" ", "T") + ":00+08:00", text, direction])


def jsonl_file(path, sms=SMS) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for sender, local, direction, text in sms:
            fh.write(json.dumps({"sender": sender, "time": local, "text": text, "direction": direction},
                                ensure_ascii=False) + "\n")


def expected_texts() -> list[tuple[str, str, str]]:
    """(sender, Shanghai local time, text) of every received message in backup.xml + mail.mbox."""
    rows = [(s, t, x) for s, t, d, x in SMS if d == "in"] + [(MMS[0], MMS[1], MMS[2])]
    for n, (sender, local, subject, body) in enumerate(MAILS):
        # The HTML mail's two <p> become two paragraphs of text.
        rows.append((sender, local, f"{subject}\n\n{body}" if n == 0 else f"{subject}\n\n{body[:12]}\n\n{body[12:]}"))
    return rows
