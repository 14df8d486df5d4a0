import sys

import torch
from torch.utils.data import DataLoader, Dataset

SETTINGS = {"scale": 1}


class Scaled(Dataset):
    def __len__(self):
        return 4

    def __getitem__(self, index):
        return index * SETTINGS["scale"]


if __name__ == "__main__":
    print(sys.platform, f"Python {sys.version_info.major}.{sys.version_info.minor}",
          "default:", torch.multiprocessing.get_start_method())
    #> linux Python 3.11 default: fork
    print(torch.multiprocessing.get_all_start_methods())
    #> ['fork', 'spawn', 'forkserver']
    SETTINGS["scale"] = 10
    loader = DataLoader(Scaled(), batch_size=4, num_workers=2, multiprocessing_context="fork")
    print(next(iter(loader)).tolist())
    #> [0, 10, 20, 30]
    try:
        DataLoader(Scaled(), num_workers=0, multiprocessing_context="fork")
    except ValueError as error:
        print("ValueError:", error)
        #> ValueError: multiprocessing_context can only be used with multi-process loading (num_workers > 0), but got num_workers=0
