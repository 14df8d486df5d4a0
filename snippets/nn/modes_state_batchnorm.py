import torch
import torch.nn as nn

torch.set_printoptions(precision=4)
torch.manual_seed(0)
bn = nn.BatchNorm1d(2)
x = torch.randn(8, 2) * 3 + torch.tensor([10.0, -5.0])
print("batch mean  :", x.mean(dim=0))
#> batch mean  : tensor([10.3994, -6.1154])
print("running_mean:", bn.running_mean)
#> running_mean: tensor([0., 0.])

with torch.no_grad():
    bn.train()
    y_train = bn(x)
    print("after train forward:", bn.running_mean)
    #> after train forward: tensor([ 1.0399, -0.6115])
    print("train output mean ~ 0:", y_train.mean(dim=0).abs() < 1e-5)
    #> train output mean ~ 0: tensor([True, True])

    bn.eval()
    y_eval = bn(x)
    print("after eval forward :", bn.running_mean)
    #> after eval forward : tensor([ 1.0399, -0.6115])
    print("eval output mean   :", y_eval.mean(dim=0))
    #> eval output mean   : tensor([ 8.0567, -3.8803])
    expected = (x - bn.running_mean) / torch.sqrt(bn.running_var + bn.eps)
    print(torch.allclose(y_eval, expected * bn.weight + bn.bias))
    #> True
