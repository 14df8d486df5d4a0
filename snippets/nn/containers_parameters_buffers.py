import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.features = nn.Sequential(nn.Conv2d(1, 4, 3), nn.BatchNorm2d(4), nn.ReLU())
        self.classifier = nn.Linear(4, 2)


model = Net()
print("parameters:")
#> parameters:
for name, p in model.named_parameters():
    print(f"  {name:20} {tuple(p.shape)}")
    #>   features.0.weight    (4, 1, 3, 3)
    #>   features.0.bias      (4,)
    #>   features.1.weight    (4,)
    #>   features.1.bias      (4,)
    #>   classifier.weight    (2, 4)
    #>   classifier.bias      (2,)
print("buffers:")
#> buffers:
for name, b in model.named_buffers():
    print(f"  {name:31} {tuple(b.shape)} {b.dtype}")
    #>   features.1.running_mean         (4,) torch.float32
    #>   features.1.running_var          (4,) torch.float32
    #>   features.1.num_batches_tracked  () torch.int64
print(sum(p.numel() for p in model.parameters()), len(list(model.buffers())))
#> 58 3
print([name for name, _ in model.features.named_parameters()])
#> ['0.weight', '0.bias', '1.weight', '1.bias']
