import torch
import torch.nn.functional as F

torch.manual_seed(0)
batch = torch.tensor([0, 1, 1])
print(tuple(F.one_hot(batch).shape), tuple(F.one_hot(batch, num_classes=3).shape))
#> (3, 2) (3, 3)

for labels in (torch.tensor([0, 2], dtype=torch.int32), torch.tensor([0.0, 2.0]), torch.tensor([0, 3])):
    try:
        F.one_hot(labels, num_classes=3)
    except RuntimeError as error:
        print(labels.dtype, "RuntimeError:", error)
        #> torch.int32 RuntimeError: one_hot is only applicable to index tensor of type LongTensor.
        #> torch.float32 RuntimeError: one_hot is only applicable to index tensor of type LongTensor.
        #> torch.int64 RuntimeError: Class values must be smaller than num_classes.
print(F.one_hot(torch.tensor([0, 2], dtype=torch.int32).long(), num_classes=3).tolist())
#> [[1, 0, 0], [0, 0, 1]]
