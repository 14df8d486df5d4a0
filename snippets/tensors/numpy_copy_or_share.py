import warnings

import numpy as np
import torch

arr = np.zeros(3)
t = torch.zeros(3)

results = {
    "torch.from_numpy(arr)": np.shares_memory(torch.from_numpy(arr).numpy(), arr),
    "torch.as_tensor(arr)": np.shares_memory(torch.as_tensor(arr).numpy(), arr),
    "as_tensor(arr, float32)": np.shares_memory(torch.as_tensor(arr, dtype=torch.float32).numpy(), arr),
    "torch.tensor(arr)": np.shares_memory(torch.tensor(arr).numpy(), arr),
    "np.asarray(t)": np.shares_memory(np.asarray(t), t.numpy()),
}
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    results["np.array(t)"] = np.shares_memory(np.array(t), t.numpy())

for expression, shared in results.items():
    print(f"{expression:<25}{'shares' if shared else 'copies'}")
    #> torch.from_numpy(arr)    shares
    #> torch.as_tensor(arr)     shares
    #> as_tensor(arr, float32)  copies
    #> torch.tensor(arr)        copies
    #> np.asarray(t)            shares
    #> np.array(t)              copies
for w in caught:
    print(w.category.__name__, str(w.message).split(",")[0])
    #> DeprecationWarning __array__ implementation doesn't accept a copy keyword
