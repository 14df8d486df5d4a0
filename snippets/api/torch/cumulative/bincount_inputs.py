import torch

cases = {
    "negative": torch.tensor([2, -1, 0]),
    "2-D": torch.tensor([[0, 1], [1, 1]]),
    "float": torch.tensor([0.0, 1.0]),
}
for name, bad in cases.items():
    try:
        torch.bincount(bad)
    except (RuntimeError, NotImplementedError) as e:
        print(name, type(e).__name__, str(e)[:60])
        #> negative RuntimeError bincount only supports 1-d non-negative integral inputs.
        #> 2-D RuntimeError bincount only supports 1-d non-negative integral inputs.
        #> float NotImplementedError "bincount_cpu" not implemented for 'Float'

labels = cases["negative"]
print(torch.bincount(labels - labels.min()))
#> tensor([1, 1, 0, 1])
print(torch.bincount(cases["2-D"].flatten()))
#> tensor([1, 3])
