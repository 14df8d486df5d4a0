import torch

x = torch.tensor([[2., 4., 4., 4.], [5., 5., 7., 9.]])
result = torch.std_mean(x, dim=1)
print(type(result).__name__, len(result))
#> tuple 2
std, mean = result
print(std, mean)
#> tensor([1.0000, 1.9149]) tensor([3.5000, 6.5000])
print(torch.equal(std, torch.std(x, dim=1)), torch.equal(mean, torch.mean(x, dim=1)))
#> True True
std, mean = torch.std_mean(x, dim=1, correction=0, keepdim=True)
print(std.shape, std.flatten(), mean.flatten())
#> torch.Size([2, 1]) tensor([0.8660, 1.6583]) tensor([3.5000, 6.5000])
try:
    torch.std_mean(x, dim=1, out=(torch.empty(2), torch.empty(2)))
except TypeError as e:
    print(type(e).__name__, str(e).splitlines()[0].split(" - ")[0])
    #> TypeError std_mean() received an invalid combination of arguments
