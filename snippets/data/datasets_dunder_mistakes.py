from torch.utils.data import Dataset


class Misspelled(Dataset):
    def __init__(self):
        self.items = [10, 20, 30, 40, 50]

    def __getItem__(self, i):
        return self.items[i]

    def __len(self):
        return len(self.items)


class HalfLength(Dataset):
    def __init__(self):
        self.items = [10, 20, 30, 40, 50]

    def __getitem__(self, i):
        return self.items[2 * i]

    def __len__(self):
        return len(self.items) / 2


for name, call in [
    ("Misspelled()[0]", lambda: Misspelled()[0]),
    ("len(Misspelled())", lambda: len(Misspelled())),
    ("len(HalfLength())", lambda: len(HalfLength())),
]:
    try:
        call()
    except Exception as error:
        print(f"{name:18} -> {type(error).__name__}: {error}")
        #> Misspelled()[0]    -> NotImplementedError: Subclasses of Dataset should implement __getitem__.
        #> len(Misspelled())  -> TypeError: object of type 'Misspelled' has no len()
        #> len(HalfLength())  -> TypeError: 'float' object cannot be interpreted as an integer
