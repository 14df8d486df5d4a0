import torch


def shares_memory(a, b):
    return a.untyped_storage().data_ptr() == b.untyped_storage().data_ptr()


x = torch.arange(12).reshape(3, 4)
row = x[1]
block = x[:2, 1:3]
picked = x[[0, 2]]

row[0] = 100
block[0, 0] = -1
picked[0, 0] = 999
print(x)
#> tensor([[  0,  -1,   2,   3],
#>         [100,   5,   6,   7],
#>         [  8,   9,  10,  11]])
print("row:", shares_memory(row, x), "| block:", shares_memory(block, x), "| picked:", shares_memory(picked, x))
#> row: True | block: True | picked: False
