import time

from torch.utils.data import DataLoader, Dataset


class SlowItem(Dataset):
    def __len__(self):
        return 4

    def __getitem__(self, index):
        if index == 2:
            time.sleep(2)
        return index


if __name__ == "__main__":
    loader = DataLoader(SlowItem(), num_workers=1, timeout=0.5)
    received = []
    try:
        for batch in loader:
            received.append(batch.item())
    except RuntimeError as error:
        print("RuntimeError:", str(error).split(" after ")[0])
        #> RuntimeError: DataLoader timed out
    print("received before the error:", received)
    #> received before the error: [0, 1]

    try:
        next(iter(DataLoader(SlowItem(), timeout=0.5)))
    except AssertionError as error:
        print("AssertionError:", error)
        #> AssertionError: _SingleProcessDataLoaderIter requires timeout == 0
