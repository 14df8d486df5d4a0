import torch

device = torch.device("cuda" if torch.cuda.is_available() else "cpu")

torch.manual_seed(0)
model = torch.nn.Linear(3, 2).to(device)
x = torch.ones(4, 3, device=device)
y = model(x)

print(y.device == device, next(model.parameters()).device == device)
#> True True
print(y.shape)
#> torch.Size([4, 2])
print(y.detach().cpu().sum().round(decimals=2))
#> tensor(-0.8600)
