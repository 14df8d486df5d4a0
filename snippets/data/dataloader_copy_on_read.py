import numpy as np
from torch.utils.data import DataLoader, Dataset


def private_mb():
    with open("/proc/self/smaps_rollup") as f:
        fields = dict(line.split(":", 1) for line in f if line.startswith("Private_"))
    return sum(int(value.split()[0]) for value in fields.values()) / 1024


class Paths(Dataset):
    def __init__(self, paths):
        self.paths = paths

    def __len__(self):
        return 1

    def __getitem__(self, _):
        before = private_mb()
        for i in range(len(self.paths)):
            self.paths[i]
        return private_mb() - before


if __name__ == "__main__":
    names = [f"images/{i:07d}.jpg" for i in range(500_000)]
    array = np.array(names)
    print("paths:", len(names), "array:", array.dtype, array.nbytes // 2**20, "MB")
    #> paths: 500000 array: <U18 34 MB
    for kind, paths in [("list of str", names), ("numpy array", array)]:
        loader = DataLoader(Paths(paths), batch_size=None, num_workers=1, multiprocessing_context="fork")
        grown = next(iter(loader))
        print(f"{kind:>11}: worker's private memory grew {grown:.0f} MB, over 10 MB: {grown > 10}")
        #> list of str: worker's private memory grew ... MB, over 10 MB: True
        #> numpy array: worker's private memory grew ... MB, over 10 MB: False
