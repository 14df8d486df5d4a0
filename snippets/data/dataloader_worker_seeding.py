import numpy as np
import torch
from torch.utils.data import DataLoader, Dataset, get_worker_info


class NoisyCrop(Dataset):
    def __init__(self):
        self.rng = np.random.default_rng(0)

    def __len__(self):
        return 4

    def __getitem__(self, index):
        worker = get_worker_info().id
        return worker, round(float(np.random.rand()), 4), round(float(self.rng.random()), 4)


def seed_rng(worker_id):
    get_worker_info().dataset.rng = np.random.default_rng(torch.initial_seed() % 2**32)


def draws(worker_init_fn):
    torch.manual_seed(0)
    loader = DataLoader(NoisyCrop(), batch_size=2, num_workers=2, worker_init_fn=worker_init_fn)
    legacy, generator = {}, {}
    for worker, legacy_values, generator_values in loader:
        legacy[worker[0].item()] = legacy_values.tolist()
        generator[worker[0].item()] = generator_values.tolist()
    return legacy, generator


if __name__ == "__main__":
    for name, init_fn in (("worker_init_fn=None", None), ("worker_init_fn=seed_rng", seed_rng)):
        legacy, generator = draws(init_fn)
        print(name)
        print("  np.random.rand():  ", legacy, "same in both workers:", legacy[0] == legacy[1])
        print("  self.rng.random(): ", generator, "same in both workers:", generator[0] == generator[1])
#> worker_init_fn=None
#>   np.random.rand():   {0: [0.8372, 0.3876], 1: [0.6703, 0.0759]} same in both workers: False
#>   self.rng.random():  {0: [0.637, 0.2698], 1: [0.637, 0.2698]} same in both workers: True
#> worker_init_fn=seed_rng
#>   np.random.rand():   {0: [0.8372, 0.3876], 1: [0.6703, 0.0759]} same in both workers: False
#>   self.rng.random():  {0: [0.8308, 0.6784], 1: [0.647, 0.6341]} same in both workers: False
