import warnings

from torch.utils.data import DataLoader

data = list(range(4))
for pin_memory in (False, True):
    loader = DataLoader(data, batch_size=2, pin_memory=pin_memory, pin_memory_device="cuda")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        batches = [batch.tolist() for batch in loader]
    deprecated = [w for w in caught if "pin_memory_device" in str(w.message)]
    print(f"pin_memory={pin_memory}:", batches, len(deprecated), "warning(s)")
    #> pin_memory=False: [[0, 1], [2, 3]] 0 warning(s)
    #> pin_memory=True: [[0, 1], [2, 3]] 1 warning(s)
    for w in deprecated:
        print(" ", w.category.__name__ + ":", w.message)
        #>   UserWarning: pin_memory_device is deprecated, the current accelerator will be used as the device,ignore pin_memory_device='cuda'.
