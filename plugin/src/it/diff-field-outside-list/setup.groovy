// A Git repository with the base on main and the change on branch feature.
evaluate(new File(itLibrary, 'diff-repository.groovy'))(basedir)
