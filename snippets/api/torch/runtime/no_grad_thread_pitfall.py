import threading

import torch

x = torch.ones(3, requires_grad=True)
results = []


def work():
    results.append((torch.is_grad_enabled(), (x * 2).requires_grad))


with torch.no_grad():
    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    results.append((torch.is_grad_enabled(), (x * 2).requires_grad))
print(results)
#> [(True, True), (False, False)]
