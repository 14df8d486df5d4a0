import multiprocessing
import time

from torch.utils.data import DataLoader, Dataset


class Counting(Dataset):
    def __init__(self):
        self.loaded = multiprocessing.get_context("fork").Value("i", 0)

    def __len__(self):
        return 40

    def __getitem__(self, index):
        with self.loaded.get_lock():
            self.loaded.value += 1
        return index


def loaded_in_advance(num_workers, prefetch_factor):
    dataset = Counting()
    loader = DataLoader(dataset, batch_size=1, num_workers=num_workers, prefetch_factor=prefetch_factor)
    iterator = iter(loader)
    deadline = time.monotonic() + 3
    while dataset.loaded.value < num_workers * prefetch_factor and time.monotonic() < deadline:
        time.sleep(0.01)
    time.sleep(0.2)
    count = dataset.loaded.value
    del iterator
    return count


if __name__ == "__main__":
    for num_workers, prefetch_factor in ((2, 2), (2, 4), (1, 3)):
        count = loaded_in_advance(num_workers, prefetch_factor)
        print(f"num_workers={num_workers}, prefetch_factor={prefetch_factor}: "
              f"{count} batches loaded before the first next()")
        #> num_workers=2, prefetch_factor=2: 4 batches loaded before the first next()
        #> num_workers=2, prefetch_factor=4: 8 batches loaded before the first next()
        #> num_workers=1, prefetch_factor=3: 3 batches loaded before the first next()

    try:
        DataLoader(Counting(), num_workers=0, prefetch_factor=2)
    except ValueError as error:
        print("ValueError:", str(error).split(".")[0])
        #> ValueError: prefetch_factor option could only be specified in multiprocessing
