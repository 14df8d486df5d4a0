import torch.nn as nn

model = nn.Sequential(
    nn.Sequential(nn.Conv2d(1, 4, 3), nn.ReLU()),
    nn.Sequential(nn.Flatten(), nn.Linear(4, 2)),
)
names = {m: f"{name or '(model)'} {type(m).__name__}" for name, m in model.named_modules()}
visits = []
model.apply(lambda m: visits.append(names[m]))
print(f"step  {'apply(fn)':20} modules()")
#> step  apply(fn)            modules()
for step, (applied, listed) in enumerate(zip(visits, model.modules()), start=1):
    print(f"{step:<5} {applied:20} {names[listed]}")
    #> 1     0.0 Conv2d           (model) Sequential
    #> 2     0.1 ReLU             0 Sequential
    #> 3     0 Sequential         0.0 Conv2d
    #> 4     1.0 Flatten          0.1 ReLU
    #> 5     1.1 Linear           1 Sequential
    #> 6     1 Sequential         1.0 Flatten
    #> 7     (model) Sequential   1.1 Linear
