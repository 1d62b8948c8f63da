#!/usr/bin/env python3
"""bench compare, PCA: seconds to fit PCA in Latent Lab (`bench pca --json`) and in scikit-learn
(full SVD, and randomized for the same k), on 10k×784 (mnist-10k) and 60k×784 (Fashion-MNIST's
training set from Debian's dataset-fashion-mnist when installed, else 60,000 synthetic rows with 80%
zeros, as `bench pca` makes them), float64, one thread each (OMP/OpenBLAS/MKL capped before numpy
loads), the fastest of --repeats fits on both sides.

    python3 bench/compare_pca.py [--repeats 3] [--components 16] [--jar target/latentlab.jar]

When scikit-learn is absent the script says so and exits 0.
"""
import argparse
import gzip
import json
import os
import subprocess
import sys
import time

p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
p.add_argument("--repeats", type=int, default=3)
p.add_argument("--components", type=int, default=16)
p.add_argument("--threads", type=int, default=1)
p.add_argument("--jar", default="target/latentlab.jar")
p.add_argument("--images", default="assets/mnist-10k/images-idx3-ubyte.gz")
ARGS = p.parse_args()
for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[var] = str(ARGS.threads)

try:
    import numpy as np
    from sklearn.decomposition import PCA
except ImportError:
    print("bench compare (PCA) skipped: no scikit-learn for this Python (" + sys.executable
          + "); on Debian, apt-get install python3-sklearn.")
    sys.exit(0)

FASHION = "/usr/share/datasets/fashion-mnist/train-images-idx3-ubyte.gz"


def idx(path):
    with gzip.open(path, "rb") as f:
        data = f.read()
    n, h, w = (int.from_bytes(data[i:i + 4], "big") for i in (4, 8, 12))
    return np.frombuffer(data, dtype=np.uint8, offset=16, count=n * h * w).reshape(n, h * w).astype(np.float64) / 255


def best(fit):
    times = []
    for _ in range(max(1, ARGS.repeats)):
        t0 = time.perf_counter()
        fit()
        times.append(time.perf_counter() - t0)
    return min(times)


def main():
    small = idx(ARGS.images)
    if os.path.isfile(FASHION):
        large = idx(FASHION)
    else:
        rng = np.random.default_rng(1)
        large = np.where(rng.random((60000, 784)) < 0.8, 0.0, rng.random((60000, 784)))
    out = subprocess.run(["java", "-jar", ARGS.jar, "bench", "pca", "--json", "--repeats", str(ARGS.repeats),
                          "--components", str(ARGS.components)], capture_output=True, text=True, check=True).stdout
    ours = json.loads(out[out.index("{"):])
    theirs = {
        "fit_10k_full_seconds": best(lambda: PCA(svd_solver="full").fit(small)),
        "fit_10k_randomized_seconds": best(lambda: PCA(ARGS.components, svd_solver="randomized", random_state=7).fit(small)),
        "fit_60k_full_seconds": best(lambda: PCA(svd_solver="full").fit(large)),
        "fit_60k_randomized_seconds": best(lambda: PCA(ARGS.components, svd_solver="randomized", random_state=7).fit(large)),
    }
    print(f"PCA fit seconds, fastest of {ARGS.repeats}, {ARGS.threads} thread(s); large set: {ours.get('large_source')}")
    print(f"{'fit':<28} {'Latent Lab':>10} {'sklearn':>9} {'ratio':>6}")
    for key, t in theirs.items():
        print(f"{key:<28} {ours[key]:>10.3f} {t:>9.3f} {ours[key] / t:>6.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
