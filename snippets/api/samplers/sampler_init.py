from torch.utils.data import Sampler


class OldStyle(Sampler[int]):
    def __init__(self, data_source):
        super().__init__(data_source)
        self.data_source = data_source

    def __iter__(self):
        return iter(range(len(self.data_source)))


try:
    OldStyle([10, 11, 12])
except TypeError as error:
    print("TypeError:", error)
    #> TypeError: object.__init__() takes exactly one argument (the instance to initialize)


class NewStyle(Sampler[int]):
    def __init__(self, data_source):
        self.data_source = data_source

    def __iter__(self):
        return iter(range(len(self.data_source)))


print(list(NewStyle([10, 11, 12])))
#> [0, 1, 2]
