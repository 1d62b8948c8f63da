#!/usr/bin/python3
"""Builds the shipped colour data set photos-2400 from the freely licensed photographs that Debian's
package `python3-skimage` ships in skimage/data/.

photos-2400: 2,400 colour patches of 32x32 pixels, 400 from each of six photographs; the class is
             the photograph. A patch is a random square of 64, 96 or 128 pixels averaged down to 32
             (blocks of 2x2, 3x3 or 4x4); squares that are nearly black or one flat shade (the night
             around the galaxies, the retina's dark frame) are drawn again. Stored as IDX with four
             dimensions: magic 0x00000804, then N, 3, 32, 32 as big-endian ints, then each patch's R,
             G and B planes as bytes; labels as IDX 0x00000801.

Only photographs whose licence in skimage/data/_fetchers.py is public domain or CC0 are used
(see assets/README.md). Usage: apt-get install -y python3-skimage; /usr/bin/python3 assets/build_photos.py
The random draws are seeded and the gzip files written with a zero timestamp, so a rebuild is byte-identical.
"""
import gzip, os, struct

import numpy as np
from PIL import Image

HERE = os.path.dirname(os.path.abspath(__file__))
SKIMAGE = "/usr/lib/python3/dist-packages/skimage/data"
# class name, file, licence as _fetchers.py states it
PHOTOS = [
    ("astronaut", "astronaut.png", "public domain (NASA)"),
    ("cat", "chelsea.png", "CC0 (Stefan van der Walt)"),
    ("coffee", "coffee.png", "CC0 (Rachel Michetti)"),
    ("galaxies", "hubble_deep_field.jpg", "public domain (NASA)"),
    ("retina", "retina.jpg", "CC0 (Häggström, Mikael)"),
    ("rocket", "rocket.jpg", "public domain (SpaceX)"),
]
PER_CLASS = 400
SIDE = 32


def write_gz(path, payload):
    with open(path, "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as gz:
            gz.write(payload)


def patches(photo, rng):
    h, w, _ = photo.shape
    out = []
    while len(out) < PER_CLASS:
        k = int(rng.integers(2, 5))
        s = SIDE * k
        if s > min(h, w):
            continue
        y = int(rng.integers(0, h - s + 1))
        x = int(rng.integers(0, w - s + 1))
        square = photo[y:y + s, x:x + s].astype(np.float64)
        small = square.reshape(SIDE, k, SIDE, k, 3).mean(axis=(1, 3))
        luma = small @ np.array([0.299, 0.587, 0.114]) / 255
        if luma.mean() < 0.06 or luma.std() < 0.02:
            continue
        out.append(np.clip(np.rint(small), 0, 255).astype(np.uint8).transpose(2, 0, 1))
    return out


def main():
    rng = np.random.default_rng(20)
    images, labels = [], []
    for label, (name, file, _) in enumerate(PHOTOS):
        photo = np.asarray(Image.open(os.path.join(SKIMAGE, file)).convert("RGB"))
        for p in patches(photo, rng):
            images.append(p.tobytes())
            labels.append(label)
    folder = os.path.join(HERE, "photos-2400")
    os.makedirs(folder, exist_ok=True)
    n = len(labels)
    write_gz(os.path.join(folder, "images-idx3-ubyte.gz"), struct.pack(">IIIII", 0x804, n, 3, SIDE, SIDE) + b"".join(images))
    write_gz(os.path.join(folder, "labels-idx1-ubyte.gz"), struct.pack(">II", 0x801, n) + bytes(labels))
    print(f"{folder}: {n} colour patches of {SIDE}x{SIDE} in {len(PHOTOS)} classes")


if __name__ == "__main__":
    main()
