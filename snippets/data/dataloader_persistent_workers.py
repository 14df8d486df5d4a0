import os

from torch.utils.data import DataLoader, Dataset


class Pids(Dataset):
    def __len__(self):
        return 4

    def __getitem__(self, index):
        return os.getpid()


if __name__ == "__main__":
    for persistent in (False, True):
        loader = DataLoader(Pids(), batch_size=2, num_workers=2, persistent_workers=persistent)
        epochs = [set(pid for batch in loader for pid in batch.tolist()) for _ in range(2)]
        print(f"persistent_workers={persistent}: {len(epochs[0])} worker processes per epoch,",
              "same processes in epoch 2:", epochs[0] == epochs[1])
        #> persistent_workers=False: 2 worker processes per epoch, same processes in epoch 2: False
        #> persistent_workers=True: 2 worker processes per epoch, same processes in epoch 2: True
