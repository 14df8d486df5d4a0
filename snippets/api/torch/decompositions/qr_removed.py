import torch

torch.set_default_dtype(torch.float64)
A = torch.tensor([[3.0, 1.0], [4.0, 2.0], [0.0, 2.0]])
try:
    torch.qr(A, some=False)
except RuntimeError as error:
    print(type(error).__name__ + ":", error)
    #> RuntimeError: This function was deprecated since version 1.9 and is now removed. `torch.qr` is deprecated in favor of `torch.linalg.qr` and the boolean parameter `some` has been replaced with a string parameter `mode`.
    #>
    #> Q, R = torch.qr(A) should be replaced with:
    #> Q, R = torch.linalg.qr(A, mode='reduced')
    #>
    #> and
    #>
    #> Q, R = torch.qr(A, some=False) should be replaced with:
    #> Q, R = torch.linalg.qr(A, mode='complete')
    #>
    #> Since `some` was set to False, use mode='complete'.

Q, R = torch.linalg.qr(A)
print(Q.shape, R.shape, torch.allclose(Q @ R, A), torch.allclose(Q.mT @ Q, torch.eye(2)))
#> torch.Size([3, 2]) torch.Size([2, 2]) True True
Q, R = torch.linalg.qr(A, mode="complete")
print(Q.shape, R.shape, torch.allclose(Q @ R, A))
#> torch.Size([3, 3]) torch.Size([3, 2]) True
