import torch
import torch.distributed as dist
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Conv2d(3, 4, 3), nn.BatchNorm2d(4), nn.ReLU())
model = nn.SyncBatchNorm.convert_sync_batchnorm(model)
print(model[1])
#> SyncBatchNorm(4, eps=1e-05, momentum=0.1, affine=True, bias=True, track_running_stats=True)
print("buffers:", [name for name, _ in model[1].named_buffers()])
#> buffers: ['running_mean', 'running_var', 'num_batches_tracked']

x = torch.randn(2, 4, 5, 5)
sync, plain = nn.SyncBatchNorm(4), nn.BatchNorm2d(4)
print("no process group, train, CPU:", torch.allclose(sync(x), plain(x)), torch.allclose(sync.running_var, plain.running_var))
#> no process group, train, CPU: True True

dist.init_process_group("gloo", store=dist.HashStore(), rank=0, world_size=1)
try:
    sync(x)
except ValueError as error:
    print("process group, train, CPU:", error)
    #> process group, train, CPU: SyncBatchNorm expected input tensor to be on GPU or XPU or privateuseone
print("process group, eval, CPU:", torch.allclose(sync.eval()(x), plain.eval()(x)))
#> process group, eval, CPU: True
dist.destroy_process_group()
