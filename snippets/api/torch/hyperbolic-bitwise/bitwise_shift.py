import torch

x = torch.tensor([-8, -5, 5, 1], dtype=torch.int32)
print(torch.bitwise_right_shift(x, 1), [v >> 1 for v in x.tolist()])
#> tensor([-4, -3,  2,  0], dtype=torch.int32) [-4, -3, 2, 0]
print(torch.bitwise_left_shift(x, 2), [v << 2 for v in x.tolist()])
#> tensor([-32, -20,  20,   4], dtype=torch.int32) [-32, -20, 20, 4]
print(torch.equal(x >> 1, torch.bitwise_right_shift(x, 1)), torch.equal(x << 2, torch.bitwise_left_shift(x, 2)))
#> True True
one = torch.tensor([1, 1, 1, 1], dtype=torch.int32)
amount = torch.tensor([30, 31, 32, 40], dtype=torch.int32)
print(torch.bitwise_left_shift(one, amount), 1 << 32)
#> tensor([ 1073741824, -2147483648,           0,           0], dtype=torch.int32) 4294967296
print(torch.bitwise_right_shift(torch.tensor([-8, 8, -8, 8], dtype=torch.int32), torch.tensor([31, 31, 32, 32], dtype=torch.int32)))
#> tensor([-1,  0, -1,  0], dtype=torch.int32)
print(torch.bitwise_left_shift(torch.tensor([1], dtype=torch.uint8), 8), torch.bitwise_left_shift(torch.tensor([4]), -1))
#> tensor([0], dtype=torch.uint8) tensor([0])
