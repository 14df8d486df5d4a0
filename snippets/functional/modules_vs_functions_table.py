import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
image = torch.randn(2, 3, 6, 6)
vector = torch.randn(4, 5)
logits = torch.randn(4, 3)
labels = torch.tensor([0, 2, 1, 2])
target = torch.randn(4, 5)

conv = nn.Conv2d(3, 4, kernel_size=3, padding=1)
linear = nn.Linear(5, 2)
bn = nn.BatchNorm2d(3)
bn.running_mean.uniform_(-1, 1)
bn.running_var.uniform_(0.5, 2)
bn.eval()


def seeded(f):
    torch.manual_seed(1)
    return f()


pairs = [
    ("Conv2d", "F.conv2d", conv(image), F.conv2d(image, conv.weight, conv.bias, padding=1)),
    ("Linear", "F.linear", linear(vector), F.linear(vector, linear.weight, linear.bias)),
    ("MaxPool2d", "F.max_pool2d", nn.MaxPool2d(2)(image), F.max_pool2d(image, 2)),
    ("ReLU", "F.relu", nn.ReLU()(vector), F.relu(vector)),
    ("Softmax", "F.softmax", nn.Softmax(dim=1)(logits), F.softmax(logits, dim=1)),
    ("LogSoftmax", "F.log_softmax", nn.LogSoftmax(dim=1)(logits), F.log_softmax(logits, dim=1)),
    ("Dropout", "F.dropout", seeded(lambda: nn.Dropout(0.5)(vector)),
     seeded(lambda: F.dropout(vector, 0.5, training=True))),
    ("CrossEntropyLoss", "F.cross_entropy", nn.CrossEntropyLoss()(logits, labels), F.cross_entropy(logits, labels)),
    ("MSELoss", "F.mse_loss", nn.MSELoss()(vector, target), F.mse_loss(vector, target)),
    ("L1Loss", "F.l1_loss", nn.L1Loss()(vector, target), F.l1_loss(vector, target)),
    ("BatchNorm2d", "F.batch_norm", bn(image),
     F.batch_norm(image, bn.running_mean, bn.running_var, bn.weight, bn.bias, training=False, eps=bn.eps)),
    ("ReflectionPad2d", "F.pad", nn.ReflectionPad2d(1)(image), F.pad(image, (1, 1, 1, 1), mode="reflect")),
    ("InstanceNorm2d", "F.instance_norm", nn.InstanceNorm2d(3)(image), F.instance_norm(image)),
    ("Dropout2d", "F.dropout2d", seeded(lambda: nn.Dropout2d(0.5)(image)),
     seeded(lambda: F.dropout2d(image, 0.5, training=True))),
]

print(f"{'module':17} {'function':16} equal")
#> module            function         equal
for module_name, function_name, a, b in pairs:
    print(f"{module_name:17} {function_name:16} {torch.equal(a, b)}")
    #> Conv2d            F.conv2d         True
    #> Linear            F.linear         True
    #> MaxPool2d         F.max_pool2d     True
    #> ReLU              F.relu           True
    #> Softmax           F.softmax        True
    #> LogSoftmax        F.log_softmax    True
    #> Dropout           F.dropout        True
    #> CrossEntropyLoss  F.cross_entropy  True
    #> MSELoss           F.mse_loss       True
    #> L1Loss            F.l1_loss        True
    #> BatchNorm2d       F.batch_norm     True
    #> ReflectionPad2d   F.pad            True
    #> InstanceNorm2d    F.instance_norm  True
    #> Dropout2d         F.dropout2d      True
