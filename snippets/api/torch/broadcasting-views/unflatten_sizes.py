import torch

x = torch.arange(24).reshape(2, 12)
print(torch.unflatten(x, 1, (3, 4)).shape)
#> torch.Size([2, 3, 4])
print(torch.unflatten(x, 1, (-1, 2)).shape, torch.unflatten(x, -1, (2, 2, 3)).shape)
#> torch.Size([2, 6, 2]) torch.Size([2, 2, 2, 3])

u = torch.unflatten(x, 1, (3, 4))
print(u.data_ptr() == x.data_ptr(), torch.equal(u.flatten(1), x))
#> True True
print(torch.unflatten(x.T, 0, (3, 4)).data_ptr() == x.data_ptr())
#> True
print(u[1, 2, 3].item(), 1 * 12 + 2 * 4 + 3)
#> 23 23

for sizes in ((5, -1), (-1, -1)):
    try:
        torch.unflatten(x, 1, sizes)
    except RuntimeError as e:
        lines = str(e).splitlines()
        print(sizes, lines[1] if lines[0].endswith(":") else lines[0])
        #> (5, -1) unflatten: Provided sizes [5, -1] don't multiply up to the size of dim 1 (12) in the input tensor
        #> (-1, -1) only one dimension can be inferred
