import tempfile
from pathlib import Path

import torch
from PIL import Image
from torchvision import datasets
from torchvision.transforms import v2

colors = {"dog": (40, 80, 200), "cat": (200, 80, 40)}
with tempfile.TemporaryDirectory() as root:
    for name, color in colors.items():
        (Path(root) / name).mkdir()
        for i in range(2 if name == "dog" else 3):
            Image.new("RGB", (8, 6), color).save(Path(root) / name / f"{i}.png")

    ds = datasets.ImageFolder(root)
    print("classes:", ds.classes)
    #> classes: ['cat', 'dog']
    print("class_to_idx:", ds.class_to_idx)
    #> class_to_idx: {'cat': 0, 'dog': 1}
    print("len:", len(ds))
    #> len: 5
    print("samples:", [(Path(p).relative_to(root).as_posix(), c) for p, c in ds.samples])
    #> samples: [('cat/0.png', 0), ('cat/1.png', 0), ('cat/2.png', 0), ('dog/0.png', 1), ('dog/1.png', 1)]
    image, label = ds[0]
    print("raw sample:", type(image).__name__, image.size, label)
    #> raw sample: Image (8, 6) 0

    transform = v2.Compose([v2.ToImage(), v2.ToDtype(torch.float32, scale=True)])
    ds = datasets.ImageFolder(root, transform=transform)
    image, label = ds[3]
    print("with transform:", tuple(image.shape), image.dtype, label, [round(v, 4) for v in image[:, 0, 0].tolist()])
    #> with transform: (3, 6, 8) torch.float32 1 [0.1569, 0.3137, 0.7843]
