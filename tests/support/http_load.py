"""A bounded HTTP load against a Dunwatch server: batches of messages from a few client threads.

    python tests/support/http_load.py --workers 2 --seconds 10 --clients 4 --batch 50
starts its own server (loopback, rate limit off) and prints requests/s and messages/s, once with
every message new (cache misses) and once re-sending the same batches (cache hits).
`run_load(base_url, headers, ...)` does the same against a server you already run.
"""
from __future__ import annotations

import argparse
import itertools
import json
import os
import sys
import threading
import time

import requests

SAMPLES = [
    "你的欠款已經逾期九十天，今天下午五點前不還，我們就聯繫你的家人和公司。",
    "本金加利息共計三萬二，明天再不處理，將安排同事上門走訪你的戶籍地。",
    "您好，您本期信用卡賬單已出，應還金額 2,315 元，到期還款日為 6 月 18 日。",
    "明天下午三點開會，記得帶筆電和上週的報告。",
    "媽，週末我回家吃飯，要不要帶點水果？",
    "再不还钱就把你的照片发到通讯录，让所有人都知道你是老赖。",
    "【某某银行】尊敬的客户，您的账户存在逾期记录，请及时还款以免影响征信。",
    "我们是法务部的，已经准备向法院提交材料，你自己考虑清楚。",
    "Package delivered to your front desk at 14:05.",
    "网贷逾期了，催收天天打电话给我同事，怎么办？",
]


def run_load(base_url, headers, seconds=10.0, clients=4, batch=50, unique=True, max_requests=100_000):
    """Send batches back to back from `clients` threads for `seconds`; return counts and rates."""
    counter = itertools.count()
    lock = threading.Lock()
    stats = {"requests": 0, "messages": 0, "errors": 0, "latencies": []}
    deadline = time.monotonic() + seconds

    def client():
        with requests.Session() as session:
            while time.monotonic() < deadline:
                n = next(counter)
                if n >= max_requests:
                    return
                tag = n if unique else n % 8  # unique: every text new; else 8 batches repeat
                texts = [{"id": f"{tag}-{i}", "text": f"{SAMPLES[i % len(SAMPLES)]} #{tag}-{i}"} for i in range(batch)]
                started = time.perf_counter()
                try:
                    r = session.post(base_url + "/v1/check", json={"texts": texts}, headers=headers, timeout=30)
                    ok = r.status_code == 200 and len(r.json()["results"]) == batch
                except requests.RequestException:
                    ok = False
                elapsed = time.perf_counter() - started
                with lock:
                    stats["requests"] += 1
                    stats["messages"] += batch if ok else 0
                    stats["errors"] += not ok
                    stats["latencies"].append(elapsed)

    threads = [threading.Thread(target=client) for _ in range(clients)]
    started = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.monotonic() - started
    lat = sorted(stats.pop("latencies")) or [0.0]
    return {**stats, "seconds": round(wall, 2), "requests_per_s": round(stats["requests"] / wall, 1),
            "messages_per_s": round(stats["messages"] / wall, 1),
            "p50_ms": round(1000 * lat[len(lat) // 2], 1), "p95_ms": round(1000 * lat[int(len(lat) * 0.95)], 1)}


def main() -> int:
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    from support.live_server import live_server

    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--workers", type=int, default=1)
    p.add_argument("--seconds", type=float, default=10.0)
    p.add_argument("--clients", type=int, default=4)
    p.add_argument("--batch", type=int, default=50)
    args = p.parse_args()
    with live_server(token="load", workers=args.workers, extra_args=["--rate-limit", "0"]) as srv:
        for unique in (True, False):
            result = run_load(srv.base_url, srv.headers, args.seconds, args.clients, args.batch, unique)
            label = "cache misses" if unique else "cache hits"
            print(json.dumps({"workers": args.workers, "clients": args.clients, "batch": args.batch,
                              "case": label, **result}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
