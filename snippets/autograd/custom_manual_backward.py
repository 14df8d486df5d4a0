import torch

torch.manual_seed(0)
X = torch.randn(4, 3)
t = torch.tensor([0.0, 1.0, 1.0, 0.0])
w = torch.randn(3, requires_grad=True)
b = torch.zeros((), requires_grad=True)

z = X @ w + b
y = torch.sigmoid(z)
loss = ((y - t) ** 2).mean()
loss.backward()

with torch.no_grad():
    dL_dy = 2 * (y - t) / len(t)
    dL_dz = dL_dy * y * (1 - y)
    dL_dw = X.T @ dL_dz
    dL_db = dL_dz.sum()

torch.set_printoptions(precision=4)
print("autograd w:", w.grad)
#> autograd w: tensor([ 0.0511,  0.0111, -0.0466])
print("by hand  w:", dL_dw)
#> by hand  w: tensor([ 0.0511,  0.0111, -0.0466])
print("autograd b:", b.grad)
#> autograd b: tensor(0.0337)
print("by hand  b:", dL_db)
#> by hand  b: tensor(0.0337)
print(torch.allclose(w.grad, dL_dw), torch.allclose(b.grad, dL_db))
#> True True
