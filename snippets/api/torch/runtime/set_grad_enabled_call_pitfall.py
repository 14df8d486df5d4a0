import torch


def evaluate(model, batch):
    torch.set_grad_enabled(False)
    return model(batch).sum()


model = torch.nn.Linear(2, 1)
evaluate(model, torch.ones(4, 2))
loss = model(torch.ones(4, 2)).sum()
print(torch.is_grad_enabled(), loss.requires_grad)
#> False False
try:
    loss.backward()
except RuntimeError as e:
    print(type(e).__name__, str(e).split(" and ")[0])
    #> RuntimeError element 0 of tensors does not require grad
