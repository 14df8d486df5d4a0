from torch.utils.data import BatchSampler, DataLoader, SequentialSampler, SubsetRandomSampler

dataset = list(range(8))

try:
    DataLoader(dataset, shuffle=True, sampler=SubsetRandomSampler([0, 2, 4]))
except ValueError as error:
    print("ValueError:", error)
    #> ValueError: sampler option is mutually exclusive with shuffle

batches = BatchSampler(SequentialSampler(dataset), batch_size=4, drop_last=False)
try:
    DataLoader(dataset, batch_size=4, batch_sampler=batches)
except ValueError as error:
    print("ValueError:", error)
    #> ValueError: batch_sampler option is mutually exclusive with batch_size, shuffle, sampler, and drop_last

loader = DataLoader(dataset, shuffle=False, sampler=SubsetRandomSampler([0, 2, 4]))
print("shuffle=False + sampler:", type(loader.sampler).__name__)
#> shuffle=False + sampler: SubsetRandomSampler
