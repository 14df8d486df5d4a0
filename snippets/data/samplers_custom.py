import torch
from torch.nn.utils.rnn import pad_sequence
from torch.utils.data import DataLoader, RandomSampler, Sampler


class LengthGroupedSampler(Sampler[int]):
    def __init__(self, lengths, batch_size, generator=None):
        self.lengths = lengths
        self.batch_size = batch_size
        self.generator = generator

    def __iter__(self):
        by_length = sorted(range(len(self.lengths)), key=lambda i: self.lengths[i])
        groups = [by_length[i:i + self.batch_size] for i in range(0, len(by_length), self.batch_size)]
        for g in torch.randperm(len(groups), generator=self.generator).tolist():
            yield from groups[g]

    def __len__(self):
        return len(self.lengths)


lengths = [5, 1, 7, 2, 6, 1, 3, 8]
dataset = [torch.ones(n) for n in lengths]


def pad(batch):
    return pad_sequence(batch, batch_first=True)


def report(name, sampler):
    loader = DataLoader(dataset, batch_size=2, sampler=sampler, collate_fn=pad)
    batches = list(loader)
    batch_lengths = [(b != 0).sum(dim=1).tolist() for b in batches]
    shapes = [tuple(b.shape) for b in batches]
    padding = sum(int((b == 0).sum()) for b in batches)
    print(f"{name:8} lengths {batch_lengths}")
    print(f"{'':8} shapes  {shapes}  padding: {padding}")


report("random", RandomSampler(dataset, generator=torch.Generator().manual_seed(0)))
#> random   lengths [[6, 5], [8, 2], [7, 1], [1, 3]]
#>          shapes  [(2, 6), (2, 8), (2, 7), (2, 3)]  padding: 15
report("grouped", LengthGroupedSampler(lengths, batch_size=2, generator=torch.Generator().manual_seed(0)))
#> grouped  lengths [[1, 1], [2, 3], [7, 8], [5, 6]]
#>          shapes  [(2, 1), (2, 3), (2, 8), (2, 6)]  padding: 3
print("len:", len(LengthGroupedSampler(lengths, batch_size=2)))
#> len: 8
