import torch
from torch.nn.utils.rnn import pad_sequence
from torch.utils.data import DataLoader

sentences = [
    torch.tensor([11, 12, 13]),
    torch.tensor([21]),
    torch.tensor([31, 32, 33, 34]),
    torch.tensor([41, 42]),
]


def pad_collate(batch):
    lengths = torch.tensor([len(seq) for seq in batch])
    padded = pad_sequence(batch, batch_first=True, padding_value=0)
    mask = torch.arange(padded.size(1)) < lengths.unsqueeze(1)
    return padded, lengths, mask


loader = DataLoader(sentences, batch_size=4, collate_fn=pad_collate)
padded, lengths, mask = next(iter(loader))
print(padded)
#> tensor([[11, 12, 13,  0],
#>         [21,  0,  0,  0],
#>         [31, 32, 33, 34],
#>         [41, 42,  0,  0]])
print(lengths)
#> tensor([3, 1, 4, 2])
print(mask)
#> tensor([[ True,  True,  True, False],
#>         [ True, False, False, False],
#>         [ True,  True,  True,  True],
#>         [ True,  True, False, False]])
print(padded.shape, mask.dtype)
#> torch.Size([4, 4]) torch.bool
