import numpy as np
import torch
from torch.utils.data import default_collate

samples = [
    {"image": np.full((2, 2), i, dtype=np.float32), "label": i, "meta": (f"id{i}", 0.5 * i)}
    for i in range(3)
]
batch = default_collate(samples)
print(batch["image"].shape, batch["image"].dtype)
#> torch.Size([3, 2, 2]) torch.float32
print(batch["label"])
#> tensor([0, 1, 2])
print(batch["meta"])
#> [('id0', 'id1', 'id2'), tensor([0.0000, 0.5000, 1.0000], dtype=torch.float64)]
print(torch.equal(batch["image"][1], torch.from_numpy(samples[1]["image"])))
#> True

rows = default_collate([[1, 2, 3], [4, 5, 6]])
print(type(rows).__name__, rows)
#> list [tensor([1, 4]), tensor([2, 5]), tensor([3, 6])]
print(torch.stack(rows, dim=1))
#> tensor([[1, 2, 3],
#>         [4, 5, 6]])
