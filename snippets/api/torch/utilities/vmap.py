import torch


def weighted_sum(row, weights):
    return (row * weights).sum()


x = torch.arange(6.0).reshape(3, 2)
w = torch.tensor([1.0, 10.0])
batched = torch.vmap(weighted_sum, in_dims=(0, None))(x, w)
looped = torch.stack([weighted_sum(row, w) for row in x])
print(batched, torch.equal(batched, looped))
#> tensor([10., 32., 54.]) True
print(torch.vmap(weighted_sum, in_dims=(1, None))(x.t(), w))
#> tensor([10., 32., 54.])
print(torch.vmap(lambda row: row * 2, out_dims=1)(x).shape)
#> torch.Size([2, 3])
print(torch.vmap(weighted_sum, in_dims=(0, None), chunk_size=2)(x, w))
#> tensor([10., 32., 54.])


def noisy(row):
    return row + torch.rand(1)


try:
    torch.vmap(noisy)(x)
except RuntimeError as e:
    print(type(e).__name__, str(e).splitlines()[0][:60])
    #> RuntimeError vmap: called random operation while in randomness error mode
torch.manual_seed(0)
print(torch.vmap(noisy, randomness="different")(torch.zeros(3, 1)).flatten())
#> tensor([0.4963, 0.7682, 0.0885])
torch.manual_seed(0)
print(torch.vmap(noisy, randomness="same")(torch.zeros(3, 1)).flatten())
#> tensor([0.4963, 0.4963, 0.4963])
