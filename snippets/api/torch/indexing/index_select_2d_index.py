import torch

x = torch.tensor([[10, 11, 12],
                  [20, 21, 22],
                  [30, 31, 32]])
idx = torch.tensor([[0, 1],
                    [2, 2]])
print(x[idx].shape)
#> torch.Size([2, 2, 3])
try:
    torch.index_select(x, 0, idx)
except (RuntimeError, IndexError) as e:
    print(type(e).__name__, str(e).splitlines()[0][:80])
    #> IndexError index_select(): Index is supposed to be a vector
print(torch.index_select(x, 0, idx.flatten()).reshape(2, 2, 3).shape)
#> torch.Size([2, 2, 3])
