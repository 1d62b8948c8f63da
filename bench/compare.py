#!/usr/bin/env python3
"""bench compare: seconds per training epoch of each variant's default network in Latent Lab and in
PyTorch eager, on the same threads, interleaved in one run, with the ratio.

    python3 bench/compare.py [--threads 1] [--rounds 3] [--variants linear,vae] [--jar target/latentlab.jar]

Latent Lab's side is `java -jar JAR bench variants --json --threads N` (the second epoch's training
steps on mnist-10k's 8,000 training images, batch 128, Adam). PyTorch's side trains the same layers
on the same images the same way and times its second epoch's steps the same way. Both sides are
capped to N threads: libtorch's intra-op pool (torch.set_num_threads) and the BLAS/OpenMP pools
(OMP_NUM_THREADS, OPENBLAS_NUM_THREADS, MKL_NUM_THREADS, set before torch loads). Denormal floats
are left as they are on both sides (DJL cannot flush them, so PyTorch does not either). The rounds
alternate the two sides and the medians are compared, because the machine may be shared.

The stacked variant is left out (its greedy phases have no one-line PyTorch equivalent here).
When no Python with torch is found the script says so and exits 0.
"""
import argparse
import gzip
import json
import os
import statistics
import subprocess
import sys
import time

VARIANTS = ["linear", "undercomplete", "overcomplete", "convolutional", "vae", "sparse", "denoising", "contractive"]


def parse():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--threads", type=int, default=1)
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--variants", default=",".join(VARIANTS))
    p.add_argument("--jar", default="target/latentlab.jar")
    p.add_argument("--images", default="assets/mnist-10k/images-idx3-ubyte.gz")
    p.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    return p.parse_args()


ARGS = parse()
for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[var] = str(ARGS.threads)

try:
    import torch
    from torch import nn
except ImportError:
    print("bench compare skipped: no PyTorch for this Python (" + sys.executable + "); on Debian, apt-get install python3-torch.")
    sys.exit(0)

torch.set_num_threads(ARGS.threads)
torch.set_flush_denormal(False)


def load_images(path):
    with gzip.open(path, "rb") as f:
        data = f.read()
    n, h, w = (int.from_bytes(data[i:i + 4], "big") for i in (4, 8, 12))
    x = torch.frombuffer(bytearray(data[16:16 + n * h * w]), dtype=torch.uint8).float().div_(255)
    return x.view(n, h * w)


class Dense(nn.Module):
    def __init__(self, hidden_sizes, latent, act, code_act, sigmoid_out):
        super().__init__()
        enc, d = [], 784
        for h in hidden_sizes:
            enc += [nn.Linear(d, h), act()]
            d = h
        enc.append(nn.Linear(d, latent))
        if code_act is not None:
            enc.append(code_act())
        dec, d = [], latent
        for h in reversed(hidden_sizes):
            dec += [nn.Linear(d, h), act()]
            d = h
        dec.append(nn.Linear(d, 784))
        if sigmoid_out:
            dec.append(nn.Sigmoid())
        self.encoder = nn.Sequential(*enc)
        self.decoder = nn.Sequential(*dec)

    def forward(self, x):
        z = self.encoder(x)
        return z, self.decoder(z)


class Vae(nn.Module):
    def __init__(self, hidden=512, latent=2):
        super().__init__()
        self.body = nn.Sequential(nn.Linear(784, hidden), nn.ReLU())
        self.mu = nn.Linear(hidden, latent)
        self.logvar = nn.Linear(hidden, latent)
        self.decoder = nn.Sequential(nn.Linear(latent, hidden), nn.ReLU(), nn.Linear(hidden, 784))

    def forward(self, x):
        h = self.body(x)
        mu, logvar = self.mu(h), self.logvar(h)
        z = mu + torch.randn_like(mu) * torch.exp(0.5 * logvar)
        return mu, logvar, self.decoder(z)


class Conv(nn.Module):
    def __init__(self, f=32):
        super().__init__()
        self.encoder = nn.Sequential(nn.Conv2d(1, f, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
                                     nn.Conv2d(f, f, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2))
        self.decoder = nn.Sequential(nn.Conv2d(f, f, 3, padding=1), nn.ReLU(), nn.Upsample(scale_factor=2),
                                     nn.Conv2d(f, f, 3, padding=1), nn.ReLU(), nn.Upsample(scale_factor=2),
                                     nn.Conv2d(f, 1, 3, padding=1), nn.Sigmoid())

    def forward(self, x):
        z = self.encoder(x.view(-1, 1, 28, 28))
        return z, self.decoder(z).view(-1, 784)


def model_and_loss(variant):
    """The default network of a variant and one step's loss, after Knobs' defaults."""
    mse = nn.functional.mse_loss
    if variant == "linear":
        return Dense([], 2, nn.Identity, None, False), lambda m, x: mse(m(x)[1], x), 1e-3
    if variant == "undercomplete":
        return Dense([512], 2, nn.ReLU, None, True), lambda m, x: mse(m(x)[1], x), 1e-3
    if variant == "denoising":
        def loss(m, x):
            return mse(m(x + 0.5 * torch.randn_like(x))[1], x)
        return Dense([512], 32, nn.ReLU, None, True), loss, 1e-3
    if variant == "sparse":
        def loss(m, x):
            z, y = m(x)
            rho, rho_hat = 0.05, z.mean(0).clamp(1e-6, 1 - 1e-6)
            kl = (rho * torch.log(rho / rho_hat) + (1 - rho) * torch.log((1 - rho) / (1 - rho_hat))).sum()
            return mse(y, x) + 0.1 * kl
        return Dense([], 64, nn.ReLU, nn.Sigmoid, True), loss, 5e-3
    if variant == "overcomplete":
        def loss(m, x):
            z, y = m(x)
            return mse(y, x) + 0.1 * z.abs().mean()
        return Dense([], 1000, nn.ReLU, nn.ReLU, True), loss, 1e-3
    if variant == "contractive":
        model = Dense([], 64, nn.ReLU, nn.Sigmoid, True)

        def loss(m, x):
            z, y = m(x)
            w = m.encoder[0].weight
            penalty = ((z * (1 - z)).square() @ w.square().sum(1)).mean()
            return mse(y, x) + 0.01 * penalty
        return model, loss, 5e-3
    if variant == "vae":
        def loss(m, x):
            mu, logvar, logits = m(x)
            bce = nn.functional.binary_cross_entropy_with_logits(logits, x, reduction="sum") / x.shape[0]
            kl = -0.5 * torch.sum(1 + logvar - mu.square() - logvar.exp()) / x.shape[0]
            return bce + kl
        return Vae(), loss, 5e-3
    if variant == "convolutional":
        return Conv(), lambda m, x: nn.functional.binary_cross_entropy(m(x)[1], x), 1e-3
    raise ValueError(variant)


def pytorch_epoch_seconds(variant, train):
    torch.manual_seed(7)
    model, loss_fn, lr = model_and_loss(variant)
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    n, batch = train.shape[0], 128
    seconds = 0.0
    for epoch in range(2):
        order = torch.randperm(n)
        shuffled = train[order]
        start = time.perf_counter()
        for b in range(0, n, batch):
            opt.zero_grad(set_to_none=False)
            loss = loss_fn(model, shuffled[b:b + batch])
            loss.backward()
            opt.step()
        seconds = time.perf_counter() - start
    return seconds


def ours(variants):
    out = subprocess.run(["java", "-jar", ARGS.jar, "bench", "variants", "--json", "--threads", str(ARGS.threads),
                          "--variants", ",".join(variants)], capture_output=True, text=True, check=True).stdout
    return json.loads(out[out.index("{"):])["epoch_seconds"]


def main():
    variants = [v for v in ARGS.variants.split(",") if v]
    unknown = [v for v in variants if v not in VARIANTS]
    if unknown:
        print("bench compare: unknown or uncompared variant " + ", ".join(unknown) + "; choose from " + ", ".join(VARIANTS) + ".",
              file=sys.stderr)
        return 2
    images = load_images(ARGS.images)
    generator = torch.Generator().manual_seed(7)
    train = images[torch.randperm(images.shape[0], generator=generator)[:8000]]
    lab = {v: [] for v in variants}
    pt = {v: [] for v in variants}
    for r in range(ARGS.rounds):
        for v, s in ours(variants).items():
            lab[v].append(s)
        for v in variants:
            pt[v].append(pytorch_epoch_seconds(v, train))
        print(f"round {r + 1} of {ARGS.rounds} done", file=sys.stderr)
    rows = {v: {"latentlab": statistics.median(lab[v]), "pytorch": statistics.median(pt[v])} for v in variants}
    for v in rows:
        rows[v]["ratio"] = rows[v]["latentlab"] / rows[v]["pytorch"]
    if ARGS.json:
        print(json.dumps({"seconds_per_epoch": rows, "threads": ARGS.threads, "rounds": ARGS.rounds,
                          "torch": torch.__version__, "flush_denormal": False}, indent=1))
    else:
        print(f"seconds per epoch, median of {ARGS.rounds} interleaved rounds, {ARGS.threads} thread(s), torch {torch.__version__}")
        print(f"{'variant':<14} {'Latent Lab':>10} {'PyTorch':>9} {'ratio':>6}")
        for v, r in rows.items():
            print(f"{v:<14} {r['latentlab']:>10.3f} {r['pytorch']:>9.3f} {r['ratio']:>6.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
