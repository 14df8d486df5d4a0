import tempfile
from pathlib import Path

import torch
from torch.utils.data import DataLoader, Dataset


class FileDataset(Dataset):
    def __init__(self, folder):
        self.paths = sorted(Path(folder).glob("*.pt"))
        self.opened = 0

    def __len__(self):
        return len(self.paths)

    def __getitem__(self, i):
        self.opened += 1
        sample = torch.load(self.paths[i])
        return sample["x"], sample["y"]


torch.manual_seed(0)
with tempfile.TemporaryDirectory() as folder:
    for i in range(6):
        torch.save({"x": torch.randn(3), "y": i % 2}, Path(folder) / f"sample_{i:03d}.pt")

    ds = FileDataset(folder)
    print("files:", len(ds), "opened after __init__:", ds.opened)
    #> files: 6 opened after __init__: 0
    x, y = ds[4]
    print("ds[4]:", tuple(x.shape), y, "opened:", ds.opened)
    #> ds[4]: (3,) 0 opened: 1

    loader = DataLoader(ds, batch_size=4)
    features, labels = next(iter(loader))
    print("first batch:", tuple(features.shape), labels.tolist(), "opened:", ds.opened)
    #> first batch: (4, 3) [0, 1, 0, 1] opened: 5
