import torch

torch.set_printoptions(precision=4)
lr, momentum = 0.1, 0.9
p = torch.tensor([1.0, -2.0], requires_grad=True)
optimizer = torch.optim.SGD([p], lr=lr, momentum=momentum)

q = p.detach().clone()
buf = None
for step in range(2):
    optimizer.zero_grad()
    (p ** 2).sum().backward()
    optimizer.step()

    grad = 2 * q
    buf = grad.clone() if buf is None else momentum * buf + grad
    q = q - lr * buf
    print(step, p.detach(), q, torch.allclose(p, q))
    #> 0 tensor([ 0.8000, -1.6000]) tensor([ 0.8000, -1.6000]) True
    #> 1 tensor([ 0.4600, -0.9200]) tensor([ 0.4600, -0.9200]) True
