import torch

scores = torch.tensor([[0.1, 0.7, 0.2],
                       [0.5, 0.3, 0.2],
                       [0.2, 0.2, 0.6]])
labels = torch.tensor([1, 0, 2])

picked = scores.gather(1, labels.unsqueeze(1))
print(picked.shape)
#> torch.Size([3, 1])
print(picked.squeeze(1))
#> tensor([0.7000, 0.5000, 0.6000])
print(scores[torch.arange(3), labels])
#> tensor([0.7000, 0.5000, 0.6000])
