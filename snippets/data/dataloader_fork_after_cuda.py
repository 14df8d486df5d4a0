# requires: cuda
import torch
from torch.utils.data import DataLoader, Dataset


class OnGpu(Dataset):
    def __len__(self):
        return 2

    def __getitem__(self, index):
        return (torch.arange(3, device="cuda") * index).cpu()


if __name__ == "__main__":
    torch.zeros(1, device="cuda")
    print("CUDA initialised in the main process:", torch.cuda.is_initialized())
    try:
        next(iter(DataLoader(OnGpu(), batch_size=2, num_workers=1, multiprocessing_context="fork")))
    except RuntimeError as error:
        print("fork:", "Cannot re-initialize CUDA in forked subprocess" in str(error))
    cpu_only = next(iter(DataLoader(range(4), batch_size=4, num_workers=1, multiprocessing_context="fork")))
    print("fork, CPU-only worker:", cpu_only.tolist())
    batch = next(iter(DataLoader(OnGpu(), batch_size=2, num_workers=1, multiprocessing_context="spawn")))
    print("spawn:", batch.tolist())
