import torch

A = torch.tensor([[1., 2., 3.], [4., 5., 6.]])
B = torch.tensor([[1., 0.], [0., 1.], [1., 1.]])
out = torch.mm(A, B)
print(out, out.shape)
#> tensor([[ 4.,  5.],
#>         [10., 11.]]) torch.Size([2, 2])
print(4 * 0 + 5 * 1 + 6 * 1)
#> 11
for x, y in ((A.expand(5, 2, 3), B), (A, B[:, 0]), (A, B.long())):
    try:
        torch.mm(x, y)
    except RuntimeError as e:
        print(tuple(x.shape), tuple(y.shape), str(e).splitlines()[0])
        #> (5, 2, 3) (3, 2) self must be a matrix
        #> (2, 3) (3,) mat2 must be a matrix
        #> (2, 3) (3, 2) expected m1 and m2 to have the same dtype, but got: float != long int
