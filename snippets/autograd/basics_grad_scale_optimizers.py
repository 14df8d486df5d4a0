import torch

grad = torch.tensor([0.5, -1.0, 2.0])


def update(make_optimizer, scale, steps=3):
    w = torch.nn.Parameter(torch.zeros(3))
    optimizer = make_optimizer([w])
    for _ in range(steps):
        w.grad = scale * grad
        optimizer.step()
    return w.detach()


optimizers = {
    "SGD lr=0.1": lambda p: torch.optim.SGD(p, lr=0.1),
    "SGD lr=0.4": lambda p: torch.optim.SGD(p, lr=0.4),
    "Adam lr=0.1": lambda p: torch.optim.Adam(p, lr=0.1),
    "Adam lr=0.4": lambda p: torch.optim.Adam(p, lr=0.4),
}
print(f"{'optimizer':12} {'3 steps with grad':24} 3 steps with 4 * grad")
#> optimizer    3 steps with grad        3 steps with 4 * grad
for name, make_optimizer in optimizers.items():
    one, four = update(make_optimizer, 1), update(make_optimizer, 4)
    print(f"{name:12} {str([round(v, 3) for v in one.tolist()]):24} {[round(v, 3) for v in four.tolist()]}")
    #> SGD lr=0.1   [-0.15, 0.3, -0.6]       [-0.6, 1.2, -2.4]
    #> SGD lr=0.4   [-0.6, 1.2, -2.4]        [-2.4, 4.8, -9.6]
    #> Adam lr=0.1  [-0.3, 0.3, -0.3]        [-0.3, 0.3, -0.3]
    #> Adam lr=0.4  [-1.2, 1.2, -1.2]        [-1.2, 1.2, -1.2]
