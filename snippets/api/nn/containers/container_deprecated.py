import warnings

from torch import nn

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    old = nn.Container(fc=nn.Linear(3, 2), act=nn.ReLU())
print(f"{caught[0].category.__name__}: {caught[0].message}")
#> FutureWarning: `nn.Container` is deprecated. All of its functionality is now implemented in `nn.Module`. Subclass that instead.
print("subclass of nn.Module:", issubclass(nn.Container, nn.Module))
#> subclass of nn.Module: True
print("Container:", [name for name, _ in old.named_parameters()])
#> Container: ['fc.weight', 'fc.bias']

new = nn.ModuleDict({"fc": nn.Linear(3, 2), "act": nn.ReLU()})
print("ModuleDict:", [name for name, _ in new.named_parameters()])
#> ModuleDict: ['fc.weight', 'fc.bias']

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    try:
        nn.Container(nn.Linear(3, 2))
    except TypeError as error:
        print("positional module:", error)
        #> positional module: Container.__init__() takes 1 positional argument but 2 were given

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")

    class Old(nn.Container):
        pass

print("subclassing warns too:", [w.category.__name__ for w in caught])
#> subclassing warns too: ['FutureWarning']

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")

    class New(nn.Module):
        pass

print("subclassing nn.Module:", [w.category.__name__ for w in caught])
#> subclassing nn.Module: []
