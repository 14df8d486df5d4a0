import torch
import torch.nn as nn

criterion = nn.CrossEntropyLoss()
logits = torch.tensor([[8.0, 0.0, 0.0]])
target = torch.tensor([0])

right = criterion(logits, target)
wrong = criterion(torch.softmax(logits, dim=1), target)
print("logits         :", round(right.item(), 4))
#> logits         : 0.0007
print("softmax(logits):", round(wrong.item(), 4))
#> softmax(logits): 0.5519

perfect = torch.tensor([[1.0, 0.0, 0.0]])
print("probabilities [1, 0, 0]:", round(criterion(perfect, target).item(), 4))
#> probabilities [1, 0, 0]: 0.5514
