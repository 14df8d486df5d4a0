import torch
from torch import nn


class MultiHead(nn.Module):
    def __init__(self):
        super().__init__()
        self.body = nn.Linear(3, 4)
        self.heads = nn.ModuleDict({"score": nn.Linear(4, 1), "classes": nn.Linear(4, 3)})

    def forward(self, x, task):
        return self.heads[task](torch.relu(self.body(x)))


torch.manual_seed(0)
model = MultiHead()
print("keys:", list(model.heads.keys()))
#> keys: ['score', 'classes']
print([name for name, _ in model.named_parameters() if name.startswith("heads")])
#> ['heads.score.weight', 'heads.score.bias', 'heads.classes.weight', 'heads.classes.bias']

x = torch.randn(2, 3)
by_hand = model.heads.classes(torch.relu(model.body(x)))
print("classes:", tuple(model(x, "classes").shape), "score:", tuple(model(x, "score").shape))
#> classes: (2, 3) score: (2, 1)
print("heads['classes'] is heads.classes:", model.heads["classes"] is model.heads.classes)
#> heads['classes'] is heads.classes: True
print("model(x, 'classes') by hand:", torch.equal(model(x, "classes"), by_hand))
#> model(x, 'classes') by hand: True

model.heads.update([("box", nn.Linear(4, 4)), ("age", nn.Linear(4, 1))])
print("after update:", list(model.heads.keys()), "'box' in heads:", "box" in model.heads)
#> after update: ['score', 'classes', 'box', 'age'] 'box' in heads: True

for key in ["a.b", "", "training", "forward", 0]:
    try:
        nn.ModuleDict({key: nn.ReLU()})
    except (KeyError, TypeError) as error:
        print(f"key {key!r}:", type(error).__name__, error)
        #> key 'a.b': KeyError 'module name can\'t contain ".", got: a.b'
        #> key '': KeyError 'module name can\'t be empty string ""'
        #> key 'training': KeyError "attribute 'training' already exists"
        #> key 'forward': KeyError "attribute 'forward' already exists"
        #> key 0: TypeError module name should be a string. Got int
