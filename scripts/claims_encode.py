"""Encode the texts ``scripts/claims_model.py --texts-out`` wrote with a sentence-transformers
model, for ``--vectors``. Run it in a scratch virtualenv: sentence-transformers and torch are
not part of the app's lock, and nothing here is shipped.

    python scripts/claims_encode.py MODEL_DIR texts.json vectors.npy
"""

from __future__ import annotations

import json
import sys
import time


def main() -> None:
    model_dir, texts_path, out = sys.argv[1:4]
    import numpy as np
    from sentence_transformers import SentenceTransformer

    with open(texts_path, encoding="utf-8") as handle:
        texts = json.load(handle)
    started = time.perf_counter()
    model = SentenceTransformer(model_dir, device="cpu")
    loaded = time.perf_counter()
    vectors = model.encode(texts, batch_size=64, normalize_embeddings=True)
    done = time.perf_counter()
    np.save(out, np.asarray(vectors, dtype=np.float32))
    print(
        f"{len(texts)} texts, {vectors.shape[1]} dimensions: loaded in {loaded - started:.2f} s, "
        f"{len(texts) / (done - loaded):,.0f} texts/s"
    )


if __name__ == "__main__":
    main()
